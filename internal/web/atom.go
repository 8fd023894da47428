package web

import (
	"encoding/xml"
	"net/http"
	"net/url"
	"time"

	"github.com/crosscheck-news/crosscheck/internal/store"
)

// atomFeed serves the newest stories as an Atom feed, so that any feed
// reader can follow what crosscheck finds.
func (s *Server) atomFeed(w http.ResponseWriter, r *http.Request) {
	stories, _, err := s.cfg.Store.ListStories(r.Context(), store.StoryQuery{Limit: 50})
	if err != nil {
		s.fail(w, r, statusOf(err), err)
		return
	}
	base := "http://" + r.Host
	if r.TLS != nil {
		base = "https://" + r.Host
	}
	type link struct {
		Href string `xml:"href,attr"`
		Rel  string `xml:"rel,attr,omitempty"`
	}
	type entry struct {
		Title   string `xml:"title"`
		ID      string `xml:"id"`
		Link    link   `xml:"link"`
		Updated string `xml:"updated"`
		Summary string `xml:"summary"`
	}
	feed := struct {
		XMLName xml.Name `xml:"http://www.w3.org/2005/Atom feed"`
		Title   string   `xml:"title"`
		ID      string   `xml:"id"`
		Links   []link   `xml:"link"`
		Updated string   `xml:"updated"`
		Entries []entry  `xml:"entry"`
	}{Title: "crosscheck stories", ID: base + "/", Links: []link{{Href: base + "/"}, {Href: base + "/feed.atom", Rel: "self"}}}
	latest := time.Unix(0, 0).UTC()
	for _, st := range stories {
		u := base + "/stories/" + url.PathEscape(st.ID)
		updated := st.Latest
		if updated.IsZero() {
			updated = time.Unix(0, 0).UTC()
		}
		if updated.After(latest) {
			latest = updated
		}
		feed.Entries = append(feed.Entries, entry{Title: st.Title, ID: u, Link: link{Href: u}, Updated: updated.Format(time.RFC3339),
			Summary: summaryLine(st)})
	}
	feed.Updated = latest.Format(time.RFC3339)
	w.Header().Set("Content-Type", "application/atom+xml; charset=utf-8")
	w.Write([]byte(xml.Header))
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(feed); err != nil {
		s.log.Error("atom feed", "error", err)
	}
}

func summaryLine(st store.StorySummary) string {
	s := plural(st.Outlets, "outlet") + ", " + plural(st.Originals, "independent report")
	if st.Disputed > 0 {
		s += ", " + plural(st.Disputed, "disputed finding")
	}
	return s
}
