"""Pure data: agencies, month names, speech verbs and titles (tuples, no logic)."""
