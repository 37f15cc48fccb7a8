package cli

import "time"

// nowUTC is the one place the command line reads the clock; the model never does.
func nowUTC() time.Time { return time.Now().UTC() }
