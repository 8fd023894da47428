package extract

import (
	"strings"

	"github.com/crosscheck-news/crosscheck/internal/text"
)

// interfaceWords are the vocabulary of the text a site wraps around or puts
// in place of an article: embeds, sign-in and cookie walls, video players,
// web-archive notes.
var interfaceWords = text.Set(`tweet tweets twitter location browser javascript cookie cookies enable enabled disabled
click tap sign log account settings subscribe subscription newsletter download app apps video feature available
rating rented crawl crawls crawled archive archived wayback url urls seed host hosts embed embeds website webpage
page pages facebook instagram youtube please learn privacy policy ad ads adblock blocker login password email
homepage browse search menu share comments comment follow link links web domain domains site sites
internet crawler`)

var secondPerson = text.Set("you your you're yours")

// isNotice reports a short text that is a site's notice rather than an
// article: dense in interface words, and addressing the reader or very
// short. Such pages ("Tweet with a location…", "This crawl was run…") are
// the same on every site and would group unrelated stories.
func isNotice(paras []string) bool {
	var words, iface, you int
	for _, p := range paras {
		for w := range text.AllWords(strings.ToLower(p)) {
			if words++; words >= 250 {
				return false // long enough to be an article
			}
			if interfaceWords[w] {
				iface++
			}
			if secondPerson[w] {
				you++
			}
		}
	}
	if words == 0 {
		return false
	}
	share, yours := float64(iface)/float64(words), float64(you)/float64(words)
	return (share >= 0.10 && yours >= 0.03) || share >= 0.15 || (words < 60 && share >= 0.10)
}
