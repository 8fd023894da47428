package corroborate

import (
	"cmp"
	"fmt"
	"slices"
	"time"

	"github.com/crosscheck-news/crosscheck/internal/analyze"
	"github.com/crosscheck-news/crosscheck/internal/model"
)

// Revision is an earlier text of an item's article, analysed as the
// article is: its outlet's update replaced it at Replaced.
type Revision struct {
	N        int
	Analysis analyze.Analysis
	Replaced time.Time
}

// givenAt is when an item first gave a value: when it was published, or,
// for a value an update brought, when that update replaced the text
// without it. A report updated in place keeps its first date, and a toll
// it raised at noon is no older than another outlet's lower toll of the
// morning.
func (it *Item) givenAt(q analyze.Quantity) *time.Time {
	if at := it.earlierGave(q); at != nil || it.Published == nil || len(it.Revisions) == 0 {
		return cmp.Or(at, it.Published)
	}
	return it.textAt(len(it.Revisions)) // brought by the last update
}

// earlierGave is when an earlier text of the item first gave a value, nil
// when none did: the morning's 12 dead of a report that says 14 now.
func (it *Item) earlierGave(q analyze.Quantity) *time.Time {
	if it.Published == nil {
		return nil
	}
	for k, r := range it.Revisions {
		if slices.ContainsFunc(r.Analysis.Quantities, func(o analyze.Quantity) bool {
			return o.Kind == q.Kind && o.Base == q.Base && o.Subject == q.Subject // not "14 injured" for "14 dead"
		}) {
			return it.textAt(k)
		}
	}
	return nil
}

// textAt is when the item's text k (its revisions', then its current one)
// was first published: the first when the report was, each later one when
// it replaced the one before, never before the report's own date.
func (it *Item) textAt(k int) *time.Time {
	if k == 0 || it.Revisions[k-1].Replaced.Before(*it.Published) {
		return it.Published
	}
	return &it.Revisions[k-1].Replaced
}

// Changes lists the values the items' updates changed. Each text is held
// against the one it replaced as two outlets' reports are held against
// each other: a value the two would dispute is one the update changed
// ("12 dead", then "14 dead"; "five hours", corrected to "three"). A value
// the later text adds or drops beside the others is no change.
func Changes(items []Item) []model.Change {
	var out []model.Change
	for _, it := range items {
		for k, r := range it.Revisions {
			next := it.Analysis
			if k+1 < len(it.Revisions) {
				next = it.Revisions[k+1].Analysis
			}
			out = append(out, changed(it, r, next)...)
		}
	}
	return out
}

func changed(it Item, before Revision, after analyze.Analysis) []model.Change {
	const was, is = "before", "after"
	pair := []Item{{ID: was, Origin: was, Outlet: was, Analysis: before.Analysis}, {ID: is, Origin: is, Outlet: is, Analysis: after}}
	who := it.Outlet // its original's, for a copy
	if who == "" || it.Origin != it.ID {
		who = "A report"
	}
	var out []model.Change
	for _, slot := range slotsOf(pair) {
		for _, f := range slotFindings(pair, slot) {
			if f.Status != model.Disputed || len(f.Values) != 2 {
				continue
			}
			from, to := f.Values[0], f.Values[1]
			if len(from.Articles) != 1 || len(to.Articles) != 1 || from.Articles[0] == to.Articles[0] {
				continue // a text gives both values: of two things, not one changed
			}
			if from.Articles[0] == is {
				from, to = to, from
			}
			c := model.Change{
				Article: it.ID, Revision: before.N, At: before.Replaced,
				Subject: f.Subject, Kind: f.Kind, From: from.Value, To: to.Value,
				Text: fmt.Sprintf("%s changed %s from %s to %s in an update.", who, about(what(slotQuantity(pair, slot))), from.Value, to.Value),
			}
			for _, e := range f.Evidence {
				if e.Article == was {
					c.Before = e.Text
				} else {
					c.After = e.Text
				}
			}
			out = append(out, c)
		}
	}
	return out
}
