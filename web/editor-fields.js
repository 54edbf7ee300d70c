// The config editor's cost fields. GENERATED from the config types by
// `UPDATE_SCHEMA=1 cargo test schema` (src/engine/config/schema.rs): do
// not edit; change the types' doc comments and regenerate.

/** One group per `costs` field: its rows, each a path under `costs`, a
 * label, `each` (a field per option of that question) and `leaves`
 * (a field per part of each option's entry). */
export const COST_FIELDS = [
  {
    "legend": "One-to-one coaching: a year, per person",
    "rows": [
      {
        "each": "audience",
        "label": "A year's cost per person, by audience",
        "path": [
          "individual_coaching",
          "per_head"
        ]
      },
      {
        "label": "Smallest group paid for, in places",
        "path": [
          "individual_coaching",
          "min_group"
        ]
      }
    ],
    "source": "individual_coaching"
  },
  {
    "legend": "A short one-to-one coaching package, per person",
    "rows": [
      {
        "each": "audience",
        "label": "A year's cost per person, by audience",
        "path": [
          "coaching_package",
          "per_head"
        ]
      },
      {
        "label": "Smallest group paid for, in places",
        "path": [
          "coaching_package",
          "min_group"
        ]
      }
    ],
    "source": "coaching_package"
  },
  {
    "legend": "Coaching in small groups: a year, per person",
    "rows": [
      {
        "each": "audience",
        "label": "A year's cost per person, by audience",
        "path": [
          "group_coaching",
          "per_head"
        ]
      },
      {
        "label": "Smallest group paid for, in places",
        "path": [
          "group_coaching",
          "min_group"
        ]
      }
    ],
    "source": "group_coaching"
  },
  {
    "legend": "Coaching an intact team as one team: a year, per team",
    "rows": [
      {
        "each": "audience",
        "label": "A year's price per team, by audience",
        "path": [
          "team_coaching",
          "per_team"
        ]
      },
      {
        "label": "The smallest team, in people",
        "path": [
          "team_coaching",
          "min_team"
        ]
      },
      {
        "label": "The largest team, in people",
        "path": [
          "team_coaching",
          "max_team"
        ]
      }
    ],
    "source": "team_coaching"
  },
  {
    "legend": "Coaching by your internal coaches: a year, per person",
    "rows": [
      {
        "each": "audience",
        "label": "A year's cost per person, by audience",
        "path": [
          "internal_coaching",
          "per_head"
        ]
      },
      {
        "label": "Smallest group paid for, in places",
        "path": [
          "internal_coaching",
          "min_group"
        ]
      }
    ],
    "source": "internal_coaching"
  },
  {
    "legend": "Coaching by trained line managers: a year, per person",
    "rows": [
      {
        "each": "audience",
        "label": "A year's cost per person, by audience",
        "path": [
          "manager_coaching",
          "per_head"
        ]
      },
      {
        "label": "Smallest group paid for, in places",
        "path": [
          "manager_coaching",
          "min_group"
        ]
      }
    ],
    "source": "manager_coaching"
  },
  {
    "legend": "Share of a year's coaching paid, by how long the programme runs",
    "rows": [
      {
        "each": "duration",
        "label": "Share of a year's coaching paid, by how long the programme runs",
        "path": [
          "duration_factor"
        ],
        "step": "any"
      }
    ],
    "source": "duration_factor"
  },
  {
    "legend": "Running a mentoring scheme, by its size",
    "rows": [],
    "source": "mentoring_scheme"
  },
  {
    "legend": "Mentoring pairs",
    "rows": [
      {
        "label": "Mentees per mentor",
        "path": [
          "mentoring_pairs",
          "mentees_per_mentor"
        ]
      },
      {
        "each": "goal",
        "label": "A mentor's hours a year per mentee, by goal",
        "path": [
          "mentoring_pairs",
          "mentor_hours"
        ]
      }
    ],
    "source": "mentoring_pairs"
  },
  {
    "legend": "Mentoring circles",
    "rows": [
      {
        "label": "Mentees per mentor",
        "path": [
          "mentoring_circles",
          "mentees_per_mentor"
        ]
      },
      {
        "each": "goal",
        "label": "A mentor's hours a year per mentee, by goal",
        "path": [
          "mentoring_circles",
          "mentor_hours"
        ]
      }
    ],
    "source": "mentoring_circles"
  },
  {
    "legend": "Likely mentors, by the rough answer about how many could mentor",
    "rows": [
      {
        "each": "mentors",
        "label": "Likely mentors, by the rough answer about how many could mentor",
        "leaves": [
          {
            "label": "Per participant",
            "name": "per_participant",
            "step": "any"
          },
          {
            "label": "At most",
            "name": "max"
          }
        ],
        "path": [
          "mentor_supply"
        ]
      }
    ],
    "source": "mentor_supply"
  },
  {
    "legend": "An hour of a mentor's time, when it is paid, by audience",
    "rows": [
      {
        "each": "audience",
        "label": "An hour of a mentor's time, when it is paid, by audience",
        "path": [
          "mentor_hour"
        ]
      }
    ],
    "source": "mentor_hour"
  }
];
