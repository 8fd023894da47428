// Package rewrite asks a language model, through any OpenAI-compatible
// chat endpoint (llama.cpp, Ollama, vLLM…), to turn a story's extractive
// brief into prose, and accepts the result only if it keeps every citation
// and adds no number or name the brief does not have.
package rewrite

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"regexp"
	"strings"

	"github.com/crosscheck-news/crosscheck/internal/model"
)

// Client calls one endpoint with one model.
type Client struct {
	URL   string // base URL ("http://localhost:8080") or the full chat completions URL
	Model string
	HTTP  *http.Client
}

// ErrUnfaithful marks a rewrite that was refused: the brief stands.
var ErrUnfaithful = errors.New("rewrite refused")

const instructions = `Rewrite the news brief below as one short paragraph of plain prose.
Keep every citation in square brackets exactly as written, after the statement it supports.
Do not add any fact, number, name or opinion that is not in the brief. Do not drop disputes.`

// Story returns the story's brief rewritten as prose, or an error: the
// endpoint failed, or the rewrite was unfaithful (ErrUnfaithful).
func (c Client) Story(ctx context.Context, st model.Story) (string, error) {
	source := Source(st.Brief)
	if source == "" {
		return "", errors.New("no brief to rewrite")
	}
	out, err := c.complete(ctx, source)
	if err != nil {
		return "", err
	}
	if err := Check(source, out); err != nil {
		return "", err
	}
	return strings.TrimSpace(out), nil
}

// Source is the brief as the model reads it: one line per statement, each
// with its citation.
func Source(lines []model.BriefLine) string {
	var b strings.Builder
	for _, l := range lines {
		fmt.Fprintf(&b, "%s [%s]\n", l.Display(), strings.Join(l.Articles, ", "))
	}
	return b.String()
}

var (
	citation = regexp.MustCompile(`\[([^\]]+)\]`)
	number   = regexp.MustCompile(`\d[\d,.]*\d|\d`)
	name     = regexp.MustCompile(`\b[A-Z][\p{L}'-]+(?:\s+[A-Z][\p{L}'-]+)*`)
)

// Check accepts a rewrite that keeps every citation of the source and has
// no number and no capitalised name the source does not have.
func Check(source, rewrite string) error {
	have := map[string]bool{}
	for _, m := range citation.FindAllStringSubmatch(rewrite, -1) {
		for _, id := range strings.Split(m[1], ",") {
			have[strings.TrimSpace(id)] = true
		}
	}
	for _, m := range citation.FindAllStringSubmatch(source, -1) {
		for _, id := range strings.Split(m[1], ",") {
			if id = strings.TrimSpace(id); !have[id] {
				return fmt.Errorf("%w: citation of %s dropped", ErrUnfaithful, id)
			}
		}
	}
	plain := citation.ReplaceAllString(source, "")
	for _, n := range number.FindAllString(citation.ReplaceAllString(rewrite, ""), -1) {
		if !strings.Contains(plain, strings.TrimRight(n, ".,")) {
			return fmt.Errorf("%w: %q is not in the brief", ErrUnfaithful, n)
		}
	}
	for _, n := range name.FindAllString(citation.ReplaceAllString(rewrite, ""), -1) {
		for _, w := range strings.Fields(n) {
			if !strings.Contains(plain, w) && !commonCapital[strings.ToLower(w)] {
				return fmt.Errorf("%w: %q is not in the brief", ErrUnfaithful, w)
			}
		}
	}
	return nil
}

// commonCapital are words capitalised at a sentence's start that name no one.
var commonCapital = map[string]bool{"the": true, "a": true, "an": true, "in": true, "on": true, "at": true,
	"after": true, "both": true, "all": true, "according": true, "reports": true, "while": true, "but": true,
	"however": true, "only": true, "most": true, "one": true, "two": true, "three": true, "four": true,
	"five": true, "some": true, "several": true, "meanwhile": true, "also": true, "they": true, "he": true,
	"she": true, "it": true, "this": true, "that": true, "these": true, "there": true, "outlets": true}

func (c Client) complete(ctx context.Context, brief string) (string, error) {
	body, err := json.Marshal(map[string]any{
		"model":       c.Model,
		"temperature": 0,
		"messages": []map[string]string{
			{"role": "system", "content": instructions},
			{"role": "user", "content": brief},
		},
	})
	if err != nil {
		return "", err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, endpoint(c.URL), bytes.NewReader(body))
	if err != nil {
		return "", err
	}
	req.Header.Set("Content-Type", "application/json")
	hc := c.HTTP
	if hc == nil {
		hc = http.DefaultClient
	}
	resp, err := hc.Do(req)
	if err != nil {
		return "", fmt.Errorf("rewrite: %w", err)
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	if err != nil {
		return "", fmt.Errorf("rewrite: %w", err)
	}
	if resp.StatusCode != http.StatusOK {
		return "", fmt.Errorf("rewrite: %s: %s", resp.Status, strings.TrimSpace(string(data[:min(len(data), 200)])))
	}
	var out struct {
		Choices []struct {
			Message struct {
				Content string `json:"content"`
			} `json:"message"`
		} `json:"choices"`
	}
	if err := json.Unmarshal(data, &out); err != nil || len(out.Choices) == 0 {
		return "", fmt.Errorf("rewrite: unexpected reply from %s", c.URL)
	}
	return out.Choices[0].Message.Content, nil
}

// endpoint is the chat completions URL for a base URL.
func endpoint(u string) string {
	u = strings.TrimRight(u, "/")
	switch {
	case strings.HasSuffix(u, "/chat/completions"):
		return u
	case strings.HasSuffix(u, "/v1"):
		return u + "/chat/completions"
	}
	return u + "/v1/chat/completions"
}
