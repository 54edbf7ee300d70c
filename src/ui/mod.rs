//! The Yew wizard UI (see issue 3).
