package corroborate

import (
	"reflect"
	"testing"

	"github.com/crosscheck-news/crosscheck/internal/model"
)

func TestRecord(t *testing.T) {
	arts := []model.Article{
		{ID: "x1", Outlet: "X"}, {ID: "y1", Outlet: "Y"}, {ID: "z1", Outlet: "Z"},
		{ID: "y2", Outlet: "Y", CopyOf: "x1"}, // Y carries X's report
		{ID: "x2", Outlet: "X"}, {ID: "x3", Outlet: "X", CopyOf: "w1"}, {ID: "w1", Outlet: "W"},
		{ID: "x4", Outlet: "X"}, {ID: "u1"}, // a file of no known outlet
	}
	val := func(v string, ids ...string) model.Value { return model.Value{Value: v, Articles: ids} }
	stories := []model.Story{
		{ID: "s1", Title: "One", Articles: []string{"x1", "y1", "z1", "y2"}, Findings: []model.Finding{
			{Text: "agreed", Status: model.Corroborated, Articles: []string{"x1", "y1"}},
			{Text: "agreed by others", Status: model.Corroborated, Articles: []string{"y1", "z1"}},
			{Text: "outnumbered", Status: model.Disputed, Values: []model.Value{val("5", "x1", "y2"), val("3", "y1", "z1")}},
			{Text: "most", Status: model.Disputed, Values: []model.Value{val("5", "x1", "z1"), val("3", "y1")}},
			// Its copy is no second report: one against one.
			{Text: "tied", Status: model.Disputed, Values: []model.Value{val("5", "x1", "y2"), val("3", "z1")}},
			{Text: "alone", Status: model.SingleSource, Articles: []string{"x1"}},
			{Text: "alone with its copy", Status: model.SingleSource, Articles: []string{"x1", "y2"}},
			{Text: "another's", Status: model.SingleSource, Articles: []string{"z1"}},
		}},
		// Its own reports differ, with W's beside them; x3 is a copy of W's.
		{ID: "s2", Title: "Two", Articles: []string{"x2", "x3", "w1"}, Findings: []model.Finding{
			{Text: "split", Status: model.Disputed, Values: []model.Value{val("a", "x2"), val("b", "x3", "w1")}},
		}},
		// No other outlet: nothing to compare with, but what its update
		// changed is its own record still; not what another's did.
		{ID: "s3", Title: "Three", Articles: []string{"x4", "u1"}, Findings: []model.Finding{
			{Text: "alone but unshared", Status: model.SingleSource, Articles: []string{"x4"}},
		}, Changes: []model.Change{{Article: "x4", Text: "X changed it."}, {Article: "u1", Text: "A report changed it."}}},
		// A story it is not in.
		{ID: "s4", Articles: []string{"z1"}, Changes: []model.Change{{Article: "z1", Text: "Z changed it."}}},
	}
	got := Record("X", stories, arts)
	want := model.OutletRecord{Outlet: "X", Stories: 3, Shared: 2, Articles: 3, Copies: 1, Copied: 1, Agreed: 1, Majority: 1, Other: 2,
		Minority: []model.RecordedItem{{Story: "s1", Title: "One", Finding: "outnumbered", Value: "5", Others: []string{"3 (2 reports)"}}},
		Alone:    []model.RecordedItem{{Story: "s1", Title: "One", Finding: "alone"}, {Story: "s1", Title: "One", Finding: "alone with its copy"}},
		Changed:  []model.RecordedItem{{Story: "s3", Title: "Three", Finding: "X changed it."}}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Record:\n got %+v\nwant %+v", got, want)
	}
	if got := Record("V", stories, arts); got.Stories != 0 || got.Minority == nil || got.Alone == nil || got.Changed == nil {
		t.Errorf("an outlet of no story: %+v (lists must be empty, not null)", got)
	}
}
