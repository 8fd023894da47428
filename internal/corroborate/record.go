package corroborate

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/crosscheck-news/crosscheck/internal/model"
)

// Record reads an outlet's record from stories it reported, newest first,
// and their articles: in the stories another named outlet reported too,
// the findings it shares, the disputes where its value is the most
// reported or not, and the findings only it gives; and in every story,
// what its updates changed. Reports are counted as everywhere else: a
// copy and its original are one.
func Record(outlet string, stories []model.Story, arts []model.Article) model.OutletRecord {
	rec := model.OutletRecord{Outlet: outlet, Minority: []model.RecordedItem{}, Alone: []model.RecordedItem{}, Changed: []model.RecordedItem{}}
	byID := make(map[string]model.Article, len(arts))
	for _, a := range arts {
		byID[a.ID] = a
	}
	mine := func(id string) bool { return byID[id].Outlet == outlet }
	reports := func(ids []string) int {
		origins := map[string]bool{}
		for _, id := range ids {
			origins[cmp.Or(byID[id].CopyOf, id)] = true
		}
		return len(origins)
	}
	for _, st := range stories {
		others, own := false, 0
		copied := map[string]bool{} // its originals another outlet copied
		for _, id := range st.Articles {
			a := byID[id]
			if a.Outlet == outlet {
				own++
				continue
			}
			others = others || a.Outlet != ""
			if a.CopyOf != "" && mine(a.CopyOf) {
				copied[a.CopyOf] = true
			}
		}
		if own == 0 {
			continue // a story it left since it was listed
		}
		rec.Stories++
		for _, c := range st.Changes {
			if mine(c.Article) {
				rec.Changed = append(rec.Changed, model.RecordedItem{Story: st.ID, Title: st.Title, Finding: c.Text})
			}
		}
		if !others {
			continue
		}
		rec.Shared++
		rec.Articles += own
		rec.Copied += len(copied)
		for _, id := range st.Articles {
			if a := byID[id]; a.Outlet == outlet && a.CopyOf != "" && !mine(a.CopyOf) {
				rec.Copies++
			}
		}
		for _, f := range st.Findings {
			item := model.RecordedItem{Story: st.ID, Title: st.Title, Finding: f.Text}
			switch f.Status {
			case model.Corroborated:
				if slices.ContainsFunc(f.Articles, mine) {
					rec.Agreed++
				}
			case model.SingleSource:
				// Only its reports, and others' copies of them.
				if len(f.Articles) > 0 && !slices.ContainsFunc(f.Articles, func(id string) bool { return !mine(cmp.Or(byID[id].CopyOf, id)) }) {
					rec.Alone = append(rec.Alone, item)
				}
			case model.Disputed:
				var its []int
				most := 0 // the most reports another value has
				for i, v := range f.Values {
					if slices.ContainsFunc(v.Articles, mine) {
						its = append(its, i)
					}
				}
				if len(its) == 0 {
					continue
				}
				if len(its) > 1 {
					rec.Other++
					continue
				}
				for i, v := range f.Values {
					if i != its[0] {
						n := reports(v.Articles)
						most = max(most, n)
						item.Others = append(item.Others, fmt.Sprintf("%s (%s)", v.Value, plural(n, "report")))
					}
				}
				switch n := reports(f.Values[its[0]].Articles); {
				case n > most:
					rec.Majority++
				case n < most:
					item.Value = f.Values[its[0]].Value
					rec.Minority = append(rec.Minority, item)
				default:
					rec.Other++
				}
			}
		}
	}
	return rec
}
