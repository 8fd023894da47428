package rewrite

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/crosscheck-news/crosscheck/internal/model"
)

var story = model.Story{Brief: []model.BriefLine{
	{Kind: model.BriefSummary, Text: "The ministers of Merovia and Valdoria met in Essen on Tuesday.", Articles: []string{"a", "b"}},
	{Kind: model.BriefAgreed, Text: "3 reports agree that the length of the meeting was 4 hours.", Articles: []string{"a", "b", "c"}},
	{Kind: model.BriefDisputed, Text: "Reports differ on the day of the flood: Sunday (2 reports) or Monday (1 report).", Articles: []string{"a", "c"}},
}}

// fake is a chat completions endpoint that answers with reply.
func fake(t *testing.T, reply string) *httptest.Server {
	return httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/v1/chat/completions" || r.Method != http.MethodPost {
			http.Error(w, "not found", http.StatusNotFound)
			return
		}
		var req struct {
			Messages []struct{ Role, Content string }
		}
		if err := json.NewDecoder(r.Body).Decode(&req); err != nil || len(req.Messages) != 2 {
			t.Errorf("request: %v %+v", err, req)
		}
		json.NewEncoder(w).Encode(map[string]any{"choices": []any{map[string]any{"message": map[string]string{"role": "assistant", "content": reply}}}})
	}))
}

func TestRewrite(t *testing.T) {
	tests := []struct {
		name, reply string
		accepted    bool
	}{
		{"a faithful rewrite", "The ministers of Merovia and Valdoria met in Essen on Tuesday [a, b]; three reports agree the meeting lasted 4 hours [a, b, c], though reports differ on whether the flood was on Sunday or Monday [a, c].", true},
		{"an invented number", "The ministers met in Essen on Tuesday [a, b] for 6 hours [a, b, c]; the flood day is disputed [a, c].", false},
		{"an invented name", "Ministers met in Essen on Tuesday with President Halvorsen [a, b], for 4 hours [a, b, c]; the flood day is disputed [a, c].", false},
		{"a dropped citation", "The ministers of Merovia and Valdoria met in Essen on Tuesday for 4 hours [a, b].", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := fake(t, tt.reply)
			defer srv.Close()
			got, err := Client{URL: srv.URL, Model: "test"}.Story(context.Background(), story)
			if tt.accepted && (err != nil || got == "") {
				t.Errorf("refused: %v", err)
			}
			if !tt.accepted && !errors.Is(err, ErrUnfaithful) {
				t.Errorf("accepted %q (err %v)", got, err)
			}
		})
	}
}

func TestEndpointErrors(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "model not loaded", http.StatusServiceUnavailable)
	}))
	defer srv.Close()
	if _, err := (Client{URL: srv.URL}).Story(context.Background(), story); err == nil || errors.Is(err, ErrUnfaithful) {
		t.Errorf("err = %v, want the endpoint's failure", err)
	}
	for in, want := range map[string]string{"http://h:1": "http://h:1/v1/chat/completions", "http://h/v1/": "http://h/v1/chat/completions", "http://h/v1/chat/completions": "http://h/v1/chat/completions"} {
		if got := endpoint(in); got != want {
			t.Errorf("endpoint(%q) = %q", in, got)
		}
	}
}
