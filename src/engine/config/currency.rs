//! ISO 4217 currency codes, so `"currency": "Euro"` is caught when the
//! config loads rather than passed on to hosts and analytics. One string
//! keeps the list small in the wasm.

/// The active ISO 4217 codes of currencies (2026), sorted, without fund
/// codes (such as `USN`), precious metals and testing codes (`XAU`, `XXX`),
/// which no programme budget is kept in.
const ISO_4217: &str = "AED AFN ALL AMD AOA ARS AUD AWG AZN BAM BBD BDT BHD BIF BMD BND BOB \
BRL BSD BTN BWP BYN BZD CAD CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR \
FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES \
KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR \
MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR \
SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH \
UGX USD UYU UZS VED VES VND VUV WST XAF XCD XCG XOF XPF YER ZAR ZMW ZWG";

pub fn codes() -> impl Iterator<Item = &'static str> + Clone {
    ISO_4217.split(' ')
}

/// Why `code` is not a currency code, or `None` when it is one.
pub fn problem(code: &str) -> Option<String> {
    if codes().any(|c| c == code) {
        return None;
    }
    let upper = code.trim().to_ascii_uppercase();
    let hint = if codes().any(|c| c == upper) {
        format!("; did you mean \"{upper}\"?")
    } else {
        String::new()
    };
    Some(format!(
        "\"{code}\" is not an ISO 4217 currency code: use its three capital letters, like \"EUR\" or \"USD\"{hint}"
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_is_sorted_three_capital_letters_each() {
        let all: Vec<_> = codes().collect();
        assert!(all.len() > 150, "{}", all.len());
        assert!(all.windows(2).all(|w| w[0] < w[1]), "sorted, no duplicates");
        assert!(all
            .iter()
            .all(|c| c.len() == 3 && c.bytes().all(|b| b.is_ascii_uppercase())));
    }

    #[test]
    fn codes_pass_and_names_do_not() {
        for ok in ["EUR", "USD", "GBP", "JPY", "CHF", "INR"] {
            assert_eq!(problem(ok), None, "{ok}");
        }
        assert_eq!(
            problem("Euro").unwrap(),
            "\"Euro\" is not an ISO 4217 currency code: use its three capital letters, like \"EUR\" or \"USD\""
        );
        assert!(problem("eur").unwrap().ends_with("; did you mean \"EUR\"?"));
        for bad in ["", "EU", "EURO", "XXX", "XAU", "$"] {
            assert!(problem(bad).is_some(), "{bad}");
        }
    }
}
