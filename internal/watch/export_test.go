package watch

// SetPollTogether sets how many feeds are polled together, until the
// returned function restores it.
func SetPollTogether(n int) (restore func()) {
	old := pollTogether
	pollTogether = n
	return func() { pollTogether = old }
}
