// Package pipeline runs crosscheck's stages in order — ingest, extract,
// analyse, de-duplicate, cluster, corroborate, brief — and keeps the results
// in the store. Data flows one way, and can be read top to bottom in this
// file: run reads the input in chunks, prepare extracts and analyses a
// chunk, batch.add de-duplicates and clusters it, and rebuild corroborates
// and briefs the stories it touched.
package pipeline

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/crosscheck-news/crosscheck/internal/analyze"
	"github.com/crosscheck-news/crosscheck/internal/brief"
	"github.com/crosscheck-news/crosscheck/internal/cluster"
	"github.com/crosscheck-news/crosscheck/internal/corroborate"
	"github.com/crosscheck-news/crosscheck/internal/dedup"
	"github.com/crosscheck-news/crosscheck/internal/extract"
	"github.com/crosscheck-news/crosscheck/internal/ingest"
	"github.com/crosscheck-news/crosscheck/internal/model"
	"github.com/crosscheck-news/crosscheck/internal/store"
	"github.com/crosscheck-news/crosscheck/internal/text"
)

// Result says what one ingest did.
type Result struct {
	New        int           // articles added
	Added      []string      // their IDs, unless Options.CountOnly
	Duplicates int           // inputs whose content was already stored, edits already made
	Updated    []string      // stored articles given again with other text, which replaced theirs
	Edits      int           // editors' edits made again, read from an export
	Errors     []model.Error // inputs that could not be read, edits not made
}

// Options tune an ingest.
type Options struct {
	MaxBytes int64     // per input file; ingest.DefaultMaxBytes when zero
	Stdin    io.Reader // for the path "-"
	Log      *slog.Logger
	// Fetch reads http(s) addresses given as paths (see ingest.Reader).
	Fetch func(url string) (body []byte, contentType, finalURL string, err error)
	// CountOnly keeps Result.Added empty: an ingest of a million articles
	// needs their number, not 50 MB of their IDs.
	CountOnly bool
	// Progress, when set, is told the counts so far after each chunk.
	Progress func(Result)
	// ChunkSize and CommitChunks override the package defaults.
	ChunkSize, CommitChunks int
	// PrepareFirst extracts and analyses every document before placing
	// any, so that the placing lock is held only to place them: for
	// workers, which wait on each other's lock. Memory grows with the input.
	PrepareFirst bool
}

// SummaryLength is how many sentences a story's summary has at most.
const SummaryLength = 5

// Ingest reads the inputs at paths and adds every new article to the store,
// placing it in a story and updating the stories it touched. Inputs that
// cannot be read are reported in the result and the rest go on. The store
// changes in transactions of CommitChunks×ChunkSize articles, each whole
// (the stories it touched marked, and composed at the end of the first
// later group that does not touch them again, or of the run): a failure or
// an interrupt keeps the groups already committed, consistent, and loses the
// rest, which the same ingest run again adds (and Settle composes the
// stories left marked).
func Ingest(ctx context.Context, s *store.DB, paths []string, opt Options) (Result, error) {
	return run(ctx, s, opt, func(doc func(extract.Doc), fail func(string, error), edit func(string, json.RawMessage)) {
		r := ingest.Reader{MaxBytes: opt.MaxBytes, Stdin: opt.Stdin, Doc: doc, Fail: fail, Edit: edit, Fetch: opt.Fetch}
		r.Read(paths)
	})
}

// IngestDocs adds documents already read (from a data set or a feed).
func IngestDocs(ctx context.Context, s *store.DB, docs []extract.Doc, opt Options) (Result, error) {
	return IngestEdited(ctx, s, docs, nil, opt)
}

// An Edit is an editor's edit read from an export's line (see
// ingest.Reader's Edit), to be made again before the document of index
// Before, or after the last when Before is past them.
type Edit struct {
	Before int
	Source string
	Line   json.RawMessage
}

// IngestEdited adds documents already read and makes the edits read among
// them again, each where it was read, as Ingest does.
func IngestEdited(ctx context.Context, s *store.DB, docs []extract.Doc, edits []Edit, opt Options) (Result, error) {
	return run(ctx, s, opt, func(doc func(extract.Doc), _ func(string, error), edit func(string, json.RawMessage)) {
		for i, d := range docs {
			for len(edits) > 0 && edits[0].Before <= i {
				edit(edits[0].Source, edits[0].Line)
				edits = edits[1:]
			}
			doc(d)
		}
		for _, e := range edits {
			edit(e.Source, e.Line)
		}
	})
}

// run adds the documents a source yields, in one transaction.
func run(ctx context.Context, s *store.DB, opt Options, source func(doc func(extract.Doc), fail func(string, error), edit func(string, json.RawMessage))) (Result, error) {
	log := opt.Log
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	var res Result
	fail := func(source string, err error) {
		res.Errors = append(res.Errors, model.Error{Source: source, Error: err.Error()})
		log.Warn("input not read", "source", source, "error", err)
	}
	chunkSize, commitChunks := ChunkSize, CommitChunks
	if opt.ChunkSize > 0 {
		chunkSize = opt.ChunkSize
	}
	if opt.CommitChunks > 0 {
		commitChunks = opt.CommitChunks
	}
	var (
		st     state
		locked time.Time
		tx     *store.Tx
		b      *batch
		chunk  []extract.Doc
		chunks int
		err    error
	)
	// begin starts a group. Other processes may place articles too: the
	// group holds the lock that keeps them waiting until it ends, and takes
	// the state as the last group left it, or reads it again if another
	// process has changed it since (store.Tx.State).
	begin := func() error {
		var err error
		if tx, err = s.Begin(ctx); err != nil {
			return err
		}
		if err = tx.Lock(); err != nil {
			return err
		}
		locked = time.Now()
		v, err := tx.StateVersion(stateKey)
		if err != nil {
			return err
		}
		if v == 0 {
			// A new store: its articles are all read, its stories all
			// composed, by this version.
			if _, err := tx.PutState(analysisKey, current); err != nil {
				return err
			}
		}
		st, err = loadState(tx)
		return err
	}
	// deferred are the stories the last group touched, marked pending:
	// each is composed at the end of the first group that does not touch
	// it again, or of the run, so that a story whose reports span several
	// groups is composed once and not at each of them. A run that stops
	// first leaves them marked, for Settle.
	var deferred []string
	// commit ends a group: its touched stories are marked pending and the
	// state saved with them, so every committed group is whole but for
	// the stories it marked, which are composed outside the lock.
	commit := func() error {
		if err := markPending(tx, b.order, &st.Cluster); err != nil {
			return err
		}
		if err := saveState(tx, &st); err != nil {
			return err
		}
		err := tx.Commit()
		tx = nil
		if err != nil {
			return err
		}
		// How long others waited: what bounds several workers.
		log.Info("group committed", "articles", b.placed, "stories", len(b.order), "locked", time.Since(locked).Round(time.Millisecond))
		now := slices.DeleteFunc(deferred, func(id string) bool { return b.touched[id] })
		deferred = b.order
		return refresh(ctx, s, now, log)
	}
	// open starts a group unless one is open.
	open := func() bool {
		if err == nil {
			err = ctx.Err()
		}
		if err == nil && tx == nil {
			if err = begin(); err == nil {
				b = &batch{tx: tx, st: &st, res: &res, fail: fail, log: log, touched: map[string]bool{}, countOnly: opt.CountOnly}
			}
		}
		return err == nil
	}
	// add places a prepared chunk, committing every commitChunks chunks.
	add := func(preps []prepared) {
		if tx == nil && err == nil && !slices.ContainsFunc(preps, func(p prepared) bool { return p.err == nil && !p.stored }) {
			// Nothing new: no group, so no lock and no state to read.
			for _, p := range preps {
				if p.err != nil {
					fail(p.doc.Source, p.err)
					continue
				}
				res.Duplicates++
				log.Info("already stored", "source", p.doc.Source, "id", p.art.ID)
			}
			if opt.Progress != nil {
				opt.Progress(res)
			}
			return
		}
		if !open() {
			return
		}
		err = b.add(preps)
		if chunks++; err == nil && chunks%commitChunks == 0 {
			err = commit()
		}
		if opt.Progress != nil {
			opt.Progress(res)
		}
	}
	// stored looks up the articles of a chunk stored already, outside the
	// group: the group's own look-up decides.
	stored := func(ids []string) map[string]string {
		hashes, err := s.Hashes(ctx, ids)
		if err != nil {
			log.Warn("look up stored articles", "error", err)
		}
		return hashes
	}
	// A chunk is prepared (on every core) while the one before it is
	// placed and stored and the one after it is read. Everything that
	// reports or stores happens on this goroutine, in input order.
	var pending chan []prepared
	place := add
	var held [][]prepared
	if opt.PrepareFirst {
		place = func(p []prepared) { held = append(held, p) }
	}
	flush := func() {
		if len(chunk) == 0 {
			return
		}
		next := make(chan []prepared, 1)
		go func(docs []extract.Doc) { next <- prepare(docs, stored) }(chunk)
		chunk = nil
		if pending != nil {
			place(<-pending)
		}
		pending = next
	}
	// placeAll places every document read so far.
	placeAll := func() {
		flush()
		if pending != nil {
			place(<-pending)
			pending = nil
		}
		for _, p := range held {
			add(p)
		}
		held = nil
	}
	// edit makes an editor's edit read from an export again, after the
	// articles read before it, as it was made after them.
	edit := func(source string, raw json.RawMessage) {
		var e store.Edit
		if jerr := json.Unmarshal(raw, &e); jerr != nil {
			fail(source, fmt.Errorf("invalid edit: %w", jerr))
			return
		}
		if placeAll(); !open() {
			return
		}
		err = b.replay(source, e)
	}
	source(func(d extract.Doc) {
		if err != nil {
			return // a failed group: read no further
		}
		if chunk = append(chunk, d); len(chunk) == chunkSize {
			flush()
		}
	}, fail, edit)
	placeAll()
	if err == nil {
		err = ctx.Err()
	}
	if err == nil && tx != nil {
		err = commit()
	}
	if tx != nil {
		tx.Rollback()
	}
	if err == nil {
		err = refresh(ctx, s, deferred, log)
	}
	if err == nil {
		err = Settle(ctx, s, Abandoned, log)
	}
	return res, err
}

// Abandoned is how long a story may stay marked to be composed before any
// process composes it: the process that marked it does so within
// seconds, unless it stopped first.
const Abandoned = time.Minute

// Settle composes the stories marked to be composed at least age ago
// (store.MarkPending): those a process that stopped left, or with age 0
// every one, for a command after which every story must be whole.
func Settle(ctx context.Context, s *store.DB, age time.Duration, log *slog.Logger) error {
	var before time.Time
	if age > 0 {
		before = time.Now().Add(-age)
	}
	ids, err := s.PendingStories(ctx, before)
	if err != nil {
		return err
	}
	return refresh(ctx, s, ids, log)
}

// CommitChunks is how many chunks go in one transaction. Committing in
// groups keeps SQLite's write-ahead log, and with it the cost of every
// read inside the transaction, bounded however large the input.
const CommitChunks = 16

// ChunkSize is how many documents are prepared together: in parallel, and
// with their words counted before any is placed, so that the first
// articles of a batch are weighed with the batch's word frequencies.
const ChunkSize = 512

// prepared is a document extracted and analysed, ready to be placed.
type prepared struct {
	doc  extract.Doc
	art  model.Article
	an   analyze.Analysis
	raw  []byte // an as stored
	feat cluster.Doc
	sig  dedup.Signature
	err  error
	// replaces is the original this earlier-published copy takes over from.
	replaces string
	// stored is an article read again: stored already, with this text,
	// when it was prepared, and not analysed.
	stored bool
	// update is an article stored already with other text, which it
	// replaces.
	update bool
}

// analyse reads the article, which stored articles skip.
func (p *prepared) analyse() {
	defer survive(&p.err, "analysing")
	p.an = analyze.Article(extract.Statements(p.art.Paragraphs))
	if p.raw, p.err = json.Marshal(p.an); p.err != nil {
		return
	}
	p.sig = dedup.Sign(strings.Join(p.art.Paragraphs, "\n"))
	p.feat = features(p.art, p.an)
}

// survive turns a panic while reading one document into that document's
// error, so that a fault in a rule costs one input and not the batch
// (deferred; what says which step failed).
func survive(err *error, what string) {
	if v := recover(); v != nil {
		*err = fmt.Errorf("crosscheck failed %s this input (a bug: please report it with the input): %v", what, v)
	}
}

// articleIDs are the IDs of the documents read as articles.
func articleIDs(ps []prepared) []string {
	ids := make([]string, 0, len(ps))
	for _, p := range ps {
		if p.err == nil {
			ids = append(ids, p.art.ID)
		}
	}
	return ids
}

// prepare extracts and analyses documents on every core; the result keeps
// their order. Documents of the same text (a wire story that several
// outlets carry) are analysed once: the analysis reads only the text.
// Articles that stored (when not nil) gives with the same text's hash are
// read again and not analysed: an input ingested twice costs its reading.
func prepare(docs []extract.Doc, stored func(ids []string) map[string]string) []prepared {
	out := make([]prepared, len(docs))
	parallel(len(docs), func(i int) {
		p := &out[i]
		p.doc = docs[i]
		defer survive(&p.err, "extracting")
		p.art, p.err = extract.Article(docs[i])
	})
	var known map[string]string
	if stored != nil {
		known = stored(articleIDs(out))
	}
	first := make(map[string]int, len(docs)) // text's hash → first document of it to analyse
	var firsts []int
	for i := range out {
		p := &out[i]
		if p.err != nil {
			continue
		}
		if hash, ok := known[p.art.ID]; ok && hash == p.art.Hash {
			p.stored = true
			continue
		}
		if _, ok := first[p.art.Hash]; !ok {
			first[p.art.Hash] = i
			firsts = append(firsts, i)
		}
	}
	parallel(len(firsts), func(k int) { out[firsts[k]].analyse() })
	parallel(len(out), func(i int) {
		p := &out[i]
		if p.err != nil || p.stored {
			return
		}
		if f := &out[first[p.art.Hash]]; f != p {
			p.an, p.raw, p.sig, p.err = f.an, f.raw, f.sig, f.err
			if p.err == nil {
				p.feat = features(p.art, p.an)
			}
		}
	})
	return out
}

// batch is the state of one ingest's transaction.
type batch struct {
	tx      *store.Tx
	st      *state
	res     *Result
	fail    func(string, error)
	log     *slog.Logger
	touched map[string]bool
	order   []string // touched stories, in the order first touched
	placed  int

	countOnly bool
}

// replay makes an edit read from source again in the group's transaction;
// the stories it changed are composed with the group's.
func (b *batch) replay(source string, e store.Edit) error {
	if !e.At.IsZero() {
		// Made already: the export is read again.
		if done, err := b.tx.HasEdit(e); err != nil || done {
			if done {
				b.res.Duplicates++
			}
			return err
		}
	}
	// The edit reads the stories as stored: the group's are composed first.
	if _, err := rebuild(b.tx, b.order, &b.st.Cluster); err != nil {
		return err
	}
	clear(b.touched)
	b.order = b.order[:0]
	rebuilt, changed, errs, err := replay(b.tx, b.st, e)
	if err != nil {
		return err
	}
	for _, x := range errs {
		if x.Source != "" {
			x.Error = x.Source + ": " + x.Error
		}
		b.fail(source, fmt.Errorf("edit (%s) not made again: %s", cmp.Or(e.Action, "no action"), x.Error))
	}
	if !changed {
		return nil
	}
	b.res.Edits++
	for _, id := range rebuilt {
		b.touch(id)
	}
	return nil
}

// add places prepared documents in order: duplicates are skipped, copies
// join their original's story, and the rest are clustered.
func (b *batch) add(preps []prepared) error {
	// id → hash, stored and then placed from this chunk
	seen, err := b.tx.Hashes(articleIDs(preps))
	if err != nil {
		return err
	}
	var keep []*prepared
	for i := range preps {
		p := &preps[i]
		if p.err != nil {
			b.fail(p.doc.Source, p.err)
			continue
		}
		a := &p.art
		// The same article again (same ID, same text) is skipped; the same
		// ID with other text replaces it. (Other IDs with the same text are
		// copies, found below.)
		hash, ok := seen[a.ID]
		if ok && hash == a.Hash {
			b.res.Duplicates++
			b.log.Info("already stored", "source", p.doc.Source, "id", a.ID)
			continue
		}
		if ok {
			p.update = true // the same ID with other text: an update
			seen[a.ID] = a.Hash
			keep = append(keep, p)
			continue
		}
		if p.stored { // but removed since it was prepared
			if p.analyse(); p.err != nil {
				b.fail(p.doc.Source, p.err)
				continue
			}
		}
		// Exact and near copies alike are found by the copy index, which
		// knows the originals and their dates.
		var published int64
		if a.Published != nil {
			published = a.Published.Unix()
		}
		same, replaced := b.st.Dedup.Add(a.ID, p.sig, published)
		a.CopyOf = same
		p.replaces = replaced
		if same == "" && replaced == "" {
			b.st.Cluster.Observe(p.feat.Terms)
		}
		seen[a.ID] = a.Hash
		keep = append(keep, p)
	}
	// Articles are stored together at the end, or before a statement that
	// changes stored articles, which must see them.
	var recs []store.Record
	flush := func() error {
		err := b.tx.PutArticles(recs...)
		recs = recs[:0]
		return err
	}
	storyOf := map[string]string{}
	for _, p := range keep {
		a := &p.art
		if p.update {
			if err := flush(); err != nil {
				return err
			}
			if err := b.update(p); err != nil {
				return err
			}
			continue
		}
		var story string
		if orig := a.CopyOf + p.replaces; orig != "" {
			// A copy joins its original's story; an earlier copy takes the
			// original's place there, and the others become its copies.
			if story = storyOf[orig]; story == "" {
				var err error
				if story, err = b.tx.StoryOf(orig); err != nil {
					return err
				}
			}
			b.st.Cluster.Join(story, a.ID)
			if p.replaces != "" {
				if err := flush(); err != nil {
					return err
				}
				if err := b.tx.Reoriginate(p.replaces, a.ID); err != nil {
					return err
				}
			}
		} else {
			var merges []cluster.Merge
			var sim float64
			story, sim, merges = b.st.Cluster.Place(p.feat)
			if sim > 0 {
				a.Joined = &sim
			}
			if len(merges) > 0 {
				if err := flush(); err != nil {
					return err
				}
			}
			for _, m := range merges {
				if err := b.merge(m); err != nil {
					return err
				}
				for id, st := range storyOf {
					if st == m.Story {
						storyOf[id] = m.Into
					}
				}
			}
		}
		storyOf[a.ID] = story
		recs = append(recs, store.Record{Article: *a, Story: story, Analysis: p.raw})
		if p.an.Cut {
			b.log.Warn("article read in part", "source", p.doc.Source, "id", a.ID, "read_bytes", analyze.MaxText)
		}
		b.res.New++
		if !b.countOnly {
			b.res.Added = append(b.res.Added, a.ID)
		}
		b.placed++
		b.touch(story)
	}
	return flush()
}

// update replaces a stored article's text with a later one of the same ID
// (a page its outlet has rewritten or corrected, a file edited). The
// earlier text is kept as a revision, and the article stays where it is:
// in its story (so an editor's move stands), a copy of its original if it
// was one, and the original of its copies (of an earlier text of it). The
// story's terms are made again from its articles, and the story composed.
// A new text that is neither like the earlier nor about the story the
// article is in (the name of a file used again for another report) is
// refused, and the article kept as it was: placing it elsewhere would
// leave its copies and an editor's choices behind.
func (b *batch) update(p *prepared) error {
	a := &p.art
	story, err := b.tx.StoryOf(a.ID)
	if err != nil {
		return err
	}
	// The story's articles are read once: to hold the new text against
	// them, and to make the story's terms again with it.
	ids, docs, err := storyDocs(b.tx, story, a.ID)
	if err != nil {
		return err
	}
	own := slices.IndexFunc(docs, func(d cluster.Doc) bool { return d.ID == a.ID })
	if own < 0 {
		return fmt.Errorf("article %s is not among the articles of its story %s", a.ID, story)
	}
	if !b.fits(p, docs, own) {
		b.fail(p.doc.Source, fmt.Errorf("article %s is stored with other text, which this text is not like, in a story this is not about: kept as it was (remove it first to store this text)", a.ID))
		return nil
	}
	// An update is dated as its source dates it (a feed's <updated>, an
	// export's line), but never later than now.
	at := time.Now()
	if d := p.doc.Updated; d != nil && d.Before(at) {
		at = *d
	}
	u, err := b.tx.UpdateArticle(store.Record{Article: *a, Analysis: p.raw}, at)
	if err != nil {
		return err
	}
	if u.CopyOf == "" {
		if b.st.Dedup.Remove(a.ID) { // not forgotten yet: later copies are of this text
			var published int64
			if a.Published != nil {
				published = a.Published.Unix()
			}
			b.st.Dedup.Insert(a.ID, p.sig, published)
		}
		docs[own] = p.feat
		b.st.Cluster.Reset(u.Story, ids, docs)
	}
	b.log.Info("article updated", "source", p.doc.Source, "id", a.ID, "story", u.Story, "revision", u.Revision+1)
	b.res.Updated = append(b.res.Updated, a.ID)
	b.touch(u.Story)
	return nil
}

// fits reports whether an article's new text is about its story: as alike
// to its earlier text (docs[own]), or to the story's other reports, as a
// report must be to join a story. Alone in its story, any text is.
func (b *batch) fits(p *prepared, docs []cluster.Doc, own int) bool {
	others := slices.Delete(slices.Clone(docs), own, own+1)
	alike := func(docs ...cluster.Doc) bool {
		return len(docs) > 0 && b.st.Cluster.Similarity(p.feat, docs) > cluster.Threshold
	}
	return len(others) == 0 || alike(docs[own]) || alike(others...)
}

// touch lists a story to compose again at the group's end.
func (b *batch) touch(story string) {
	if !b.touched[story] {
		b.touched[story] = true
		b.order = append(b.order, story)
	}
}

// merge makes a merge of the clusterer's in the store: the merged story
// is not rebuilt, and its ID leads to the other.
func (b *batch) merge(m cluster.Merge) error {
	if err := mergeStored(b.tx, m); err != nil {
		return err
	}
	if b.touched[m.Story] {
		delete(b.touched, m.Story)
		b.order = slices.DeleteFunc(b.order, func(id string) bool { return id == m.Story })
	}
	b.log.Info("stories merged", "story", m.Story, "into", m.Into)
	return nil
}

// features are what the clusterer compares: content words (the title's
// count twice), the entities named, and the ordinals of events.
// entityWeight is what one mention of a named entity counts for against
// one word: names say which event a report is about more than words do
// (measured on the Multi-News mix, see BENCHMARKS.md).
const entityWeight = 2

func features(a model.Article, an analyze.Analysis) cluster.Doc {
	terms := make(map[string]float64, 8*len(an.Sentences)) // some eight distinct terms a sentence
	for _, p := range a.Paragraphs {
		for _, t := range text.Terms(p) {
			terms[t]++
		}
	}
	for _, t := range text.Terms(a.Title) {
		terms[t] += 2
	}
	for _, m := range an.Mentions {
		e := an.Entities[m.Entity]
		if e.Type != model.Other {
			terms["e:"+e.Key] += entityWeight
		}
	}
	d := cluster.Doc{ID: a.ID, Terms: terms, Published: a.Published}
	for _, q := range an.Quantities {
		// "The third round of talks" is another event than the fourth.
		if q.Kind == analyze.Ordinal {
			if d.Ordinals == nil {
				d.Ordinals = map[string][]int{}
			}
			d.Ordinals[q.Subject] = append(d.Ordinals[q.Subject], int(q.Value))
		}
	}
	return d
}

// MaxRevisions is how many of an article's earlier texts a story reads
// for what its updates changed: the latest.
const MaxRevisions = 8

// composeGroup is how many stories are read and composed at once.
const composeGroup = 256

// rebuild composes stories again from their articles in the transaction:
// read in groups, composed on every core, stored in order. It returns how
// many it composed: a story merged away or emptied since is not.
func rebuild(tx *store.Tx, ids []string, cl *cluster.Clusterer) (int, error) {
	n := 0
	for part := range slices.Chunk(ids, composeGroup) {
		var (
			keep  []string
			lines []string
			recs  [][]store.Record
		)
		for _, id := range part {
			r, err := tx.StoryAnalyses(id)
			if err != nil {
				return n, err
			}
			// A story with no articles left was merged into another
			// after its ID was listed (by Reanalyze, before the lock).
			if len(r) > 0 {
				keep = append(keep, id)
				recs = append(recs, r)
			}
		}
		// Storylines are looked up here, not on the cores: the clusterer's
		// index is built on first use, and not for several at once.
		for _, id := range keep {
			line, err := lineOf(tx, cl, id)
			if err != nil {
				return n, err
			}
			lines = append(lines, line)
		}
		stories, err := composeAll(keep, lines, recs)
		if err != nil {
			return n, err
		}
		if err := tx.PutStories(stories...); err != nil {
			return n, err
		}
		n += len(stories)
	}
	return n, nil
}

// lineOf is the storyline a story is composed in: the clusterer's, or for
// a story it has forgotten (closed long ago: a copy joins it, or
// Reanalyze reads it) the one stored.
func lineOf(tx *store.Tx, cl *cluster.Clusterer, id string) (string, error) {
	if line, ok := cl.StorylineOf(id); ok {
		return line, nil
	}
	line, err := tx.StorylineOf(id)
	return cmp.Or(line, id), err
}

// markPending marks stories to be composed once the transaction commits
// (refresh), each with its storyline.
func markPending(tx *store.Tx, ids []string, cl *cluster.Clusterer) error {
	marks := make([]store.Pending, len(ids))
	for i, id := range ids {
		line, err := lineOf(tx, cl, id)
		if err != nil {
			return err
		}
		marks[i] = store.Pending{Story: id, Line: line}
	}
	return tx.MarkPending(marks...)
}

// refresh composes stories marked pending outside the placing lock, which
// only storing them takes. Every other process places articles while
// they are read and composed: a story one of them marks again meanwhile
// is not stored, and is left to the process that marked it. A group of
// stories is composed while the one before it is stored: storing keeps
// one core busy, composing all of them.
func refresh(ctx context.Context, s *store.DB, ids []string, log *slog.Logger) error {
	type composed struct {
		c   marked
		err error
	}
	compose := func(part []string) chan composed {
		ch := make(chan composed, 1)
		go func() {
			c, err := composeMarked(ctx, s, part)
			ch <- composed{c, err}
		}()
		return ch
	}
	parts := slices.Collect(slices.Chunk(ids, composeGroup))
	if len(parts) == 0 {
		return nil
	}
	next := compose(parts[0])
	for i := range parts {
		got := <-next
		if got.err != nil {
			return got.err
		}
		if i+1 < len(parts) {
			next = compose(parts[i+1])
		}
		if err := got.c.store(ctx, s, log); err != nil {
			if i+1 < len(parts) {
				<-next // composed for nothing, but not left running
			}
			return err
		}
	}
	return nil
}

// marked are stories composed from their articles as they were at their
// marks.
type marked struct {
	marks   map[string]store.Pending
	stories []model.Story
}

// composeMarked composes the stories of ids that are marked pending.
func composeMarked(ctx context.Context, s *store.DB, ids []string) (marked, error) {
	// The marks are read before the articles, so that a placement
	// committed between the two reads shows as a raised mark.
	marks, err := s.Pending(ctx, ids)
	if err != nil {
		return marked{}, err
	}
	var (
		keep  []string
		lines []string
		recs  [][]store.Record
	)
	for _, id := range ids {
		m, ok := marks[id]
		if !ok {
			continue // composed since it was listed
		}
		r, err := s.StoryAnalyses(ctx, id)
		if err != nil {
			return marked{}, err
		}
		if len(r) > 0 {
			keep, lines, recs = append(keep, id), append(lines, m.Line), append(recs, r)
		}
	}
	stories, err := composeAll(keep, lines, recs)
	return marked{marks, stories}, err
}

// store stores, under the placing lock, the stories not marked again
// since they were read; storing them drops their marks.
func (c marked) store(ctx context.Context, s *store.DB, log *slog.Logger) error {
	if len(c.stories) == 0 {
		return nil
	}
	var (
		locked time.Time
		put    []model.Story
	)
	err := s.Update(ctx, func(tx *store.Tx) error {
		if err := tx.Lock(); err != nil {
			return err
		}
		locked = time.Now()
		ids := make([]string, len(c.stories))
		for i, st := range c.stories {
			ids[i] = st.ID
		}
		now, err := tx.Pending(ids)
		if err != nil {
			return err
		}
		for _, st := range c.stories {
			if m, ok := now[st.ID]; ok && m.Gen == c.marks[st.ID].Gen {
				st.Storyline = m.Line // linked to another since, perhaps
				put = append(put, st)
			}
		}
		if len(put) == 0 {
			return nil
		}
		return tx.PutStories(put...)
	})
	if err == nil {
		log.Info("stories composed", "stored", len(put), "marked again", len(c.stories)-len(put), "locked", time.Since(locked).Round(time.Millisecond))
	}
	return err
}

// composeAll composes stories on every core.
func composeAll(ids, lines []string, recs [][]store.Record) ([]model.Story, error) {
	stories := make([]model.Story, len(ids))
	errs := make([]error, len(ids))
	parallel(len(ids), func(i int) {
		stories[i], errs[i] = compose(ids[i], lines[i], recs[i])
	})
	return stories, errors.Join(errs...)
}

// parallel calls fn(0..n-1) on every core.
func parallel(n int, fn func(i int)) {
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(n, runtime.GOMAXPROCS(0)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				fn(i)
			}
		}()
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
}

// compose builds a story from its stored articles. It drops each record's
// stored analysis once decoded, so that a story of thousands of reports is
// not held twice.
func compose(id, storyline string, recs []store.Record) (model.Story, error) {
	arts := make([]model.Article, len(recs))
	ans := make([]analyze.Analysis, len(recs))
	texts := make(map[string]int, len(recs)) // articles of each text
	for _, r := range recs {
		texts[r.Article.Hash]++
	}
	first := map[string]int{} // text's hash → its first article: copies' analyses are decoded once
	for i := range recs {
		r := &recs[i]
		arts[i] = r.Article
		j, ok := first[r.Article.Hash]
		if ok && bytes.Equal(recs[j].Analysis, r.Analysis) {
			ans[i] = ans[j]
			r.Analysis = nil
			continue
		}
		if err := json.Unmarshal(r.Analysis, &ans[i]); err != nil {
			return model.Story{}, fmt.Errorf("story %s: article %s: %w", id, r.Article.ID, err)
		}
		if !ok && texts[r.Article.Hash] > 1 {
			first[r.Article.Hash] = i // kept for its copies to compare
			continue
		}
		r.Analysis = nil
	}
	// Earlier texts are not stored analysed: few articles have them, and
	// a story is composed from them only to say what an update changed.
	// A live report updated all day is read back to its last few texts.
	var revs map[string][]corroborate.Revision
	for _, r := range recs {
		for _, v := range r.Revisions[max(0, len(r.Revisions)-MaxRevisions):] {
			if revs == nil {
				revs = map[string][]corroborate.Revision{}
			}
			an := analyze.Article(extract.Statements(v.Article.Paragraphs))
			revs[r.Article.ID] = append(revs[r.Article.ID], corroborate.Revision{N: v.N, Analysis: an, Replaced: v.Replaced})
		}
	}
	return build(id, storyline, arts, ans, revs, SummaryLength), nil
}

// build corroborates and briefs a story's articles: entities, quotes,
// findings, what updates changed (from revs, the articles' earlier texts),
// and a summary of up to n sentences.
func build(id, storyline string, arts []model.Article, ans []analyze.Analysis, revs map[string][]corroborate.Revision, n int) model.Story {
	items := make([]corroborate.Item, 0, len(arts))
	briefs := make([]brief.Article, 0, len(arts))
	st := model.Story{ID: id, Storyline: storyline}
	originOf := map[string]string{}
	outlet := outlets(arts)
	for i, a := range arts {
		origin := a.ID
		if a.CopyOf != "" {
			origin = a.CopyOf
			originOf[a.ID] = a.CopyOf
		}
		items = append(items, corroborate.Item{ID: a.ID, Origin: origin, Outlet: outlet[origin], Published: a.Published, Analysis: ans[i], Revisions: revs[a.ID]})
		ba := brief.Article{ID: a.ID, Title: a.Title, Copy: a.CopyOf != ""}
		for _, s := range ans[i].Sentences {
			ba.Sentences = append(ba.Sentences, s.Text)
		}
		briefs = append(briefs, ba)
		st.Articles = append(st.Articles, a.ID)
	}
	var canon map[string]map[string]string
	st.Entities, canon = corroborate.Entities(items)
	st.Quotes = corroborate.Quotes(items, canon)
	st.Findings = corroborate.Findings(items, st.Quotes)
	corroborate.Attribute(st.Findings, items, canon)
	st.Changes = corroborate.Changes(items)
	st.Summary = brief.Summary(briefs, n, corroborate.Contested(st.Findings))
	st.Summary = corroborate.Uncite(st.Summary, st.Findings)
	st.Title = brief.Title(briefs, st.Summary, st.Entities, corroborate.Disputed(st.Findings))
	st.Summary = corroborate.Name(st.Summary, items, canon, st.Entities)
	st.Brief = brief.Compose(st, originOf)
	return st
}

// outlets gives each article the outlet it counts under as a source. A
// site may name itself two ways on its pages ("Inexhibit", "Inexhibit
// magazine"): on one host, a name that is a shorter one with words added
// is that outlet. Other names on a host stay apart, since a paper's site
// carries wire reports under the agency's name ("Associated Press" on
// sfgate.com).
func outlets(arts []model.Article) map[string]string {
	hosts := make([]string, len(arts))
	names := map[string][]string{} // each host's names
	for i, a := range arts {
		hosts[i] = extract.Host(a.URL)
		if h := hosts[i]; h != "" && a.Outlet != "" && !slices.Contains(names[h], a.Outlet) {
			names[h] = append(names[h], a.Outlet)
		}
	}
	out := make(map[string]string, len(arts))
	for i, a := range arts {
		out[a.ID] = a.Outlet
		for _, n := range names[hosts[i]] {
			if len(n) < len(out[a.ID]) && hasPrefixFold(out[a.ID], n+" ") {
				out[a.ID] = n
			}
		}
	}
	return out
}

// hasPrefixFold reports whether s begins with prefix, ignoring case.
func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// Story builds one story from documents known to report one event, without
// a store or clustering, with a summary of up to n sentences: for
// measuring the brief on labelled clusters. Documents with no article are
// left out and reported.
func Story(id string, docs []extract.Doc, n int) (model.Story, []model.Error) {
	var (
		arts []model.Article
		ans  []analyze.Analysis
		errs []model.Error
	)
	for _, p := range prepare(docs, nil) {
		if p.err != nil {
			errs = append(errs, model.Error{Source: p.doc.Source, Error: p.err.Error()})
			continue
		}
		arts = append(arts, p.art)
		ans = append(ans, p.an)
	}
	return build(id, id, arts, ans, nil, n), errs
}

// Report is everything in the store, as `analyze --json` prints it.
func Report(ctx context.Context, s *store.DB) (model.Report, error) {
	r := model.Report{Articles: []model.Article{}, Stories: []model.Story{}, Errors: []model.Error{}}
	arts, err := s.Articles(ctx)
	if err != nil {
		return r, err
	}
	stories, err := s.Stories(ctx)
	if err != nil {
		return r, err
	}
	if arts != nil {
		r.Articles = arts
	}
	index := map[string]int{}
	for i, a := range r.Articles {
		index[a.ID] = i
	}
	for _, a := range r.Articles {
		if i, ok := index[a.CopyOf]; ok {
			r.Articles[i].Copies = append(r.Articles[i].Copies, a.ID)
		}
	}
	if stories != nil {
		r.Stories = stories
	}
	return r, nil
}

// RecordStories is how many of an outlet's newest stories its record reads.
const RecordStories = 500

// OutletRecord is an outlet's record over its newest stories
// (corroborate.Record); store.ErrNotFound for an outlet of no story.
func OutletRecord(ctx context.Context, s *store.DB, outlet string) (model.OutletRecord, error) {
	stories, arts, err := s.OutletStories(ctx, outlet, RecordStories)
	if err != nil {
		return model.OutletRecord{}, err
	}
	if len(stories) == 0 {
		return model.OutletRecord{}, fmt.Errorf("outlet %q: %w", outlet, store.ErrNotFound)
	}
	rec := corroborate.Record(outlet, stories, arts)
	rec.Limit = RecordStories
	return rec, nil
}
