package pipeline

// SetReanalyzeGroup sets how many stories Reanalyze reads in one
// transaction, and returns what restores it.
func SetReanalyzeGroup(n int) (restore func()) {
	old := reanalyzeGroup
	reanalyzeGroup = n
	return func() { reanalyzeGroup = old }
}
