// Package storetest gives tests a fresh store of each kind: a SQLite file,
// and a PostgreSQL database when a server is at hand.
//
// CROSSCHECK_TEST_POSTGRES is the URL of a PostgreSQL server the tests may
// create databases on (postgres://user@host:port/postgres). Without it the
// PostgreSQL half is skipped, except when CI=true: CI starts a server and
// must test against it.
package storetest

import (
	"context"
	"crypto/rand"
	"database/sql"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/internal/store"
	_ "github.com/jackc/pgx/v5/stdlib" // the "pgx" database/sql driver
)

// Env names the PostgreSQL server's URL.
const Env = "CROSSCHECK_TEST_POSTGRES"

// Each runs fn as a subtest once per kind of store, given the DSN of a new,
// empty store: "sqlite", then "postgres".
func Each(t *testing.T, fn func(t *testing.T, dsn string)) {
	t.Run("sqlite", func(t *testing.T) { fn(t, SQLite(t)) })
	t.Run("postgres", func(t *testing.T) { fn(t, Postgres(t)) })
}

// Open opens the store at dsn, to be closed when the test ends.
func Open(t testing.TB, dsn string) *store.DB {
	t.Helper()
	s, err := store.Open(context.Background(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// SQLite returns the path of a new SQLite store.
func SQLite(t testing.TB) string {
	return filepath.Join(t.TempDir(), "test.db")
}

// Postgres creates a database for the test, dropped when it ends, and
// returns its URL; it skips the test when no server is given.
func Postgres(t testing.TB) string {
	t.Helper()
	server := os.Getenv(Env)
	if server == "" {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s is not set: CI must test against PostgreSQL (see .ci/run)", Env)
		}
		t.Skipf("no PostgreSQL server: set %s=postgres://user@host:port/postgres to test against one", Env)
	}
	u, err := url.Parse(server)
	if err != nil {
		t.Fatalf("%s: %v", Env, err)
	}
	admin, err := sql.Open("pgx", server)
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close()
	name := "crosscheck_test_" + strings.ToLower(rand.Text()[:12])
	ctx := context.Background()
	if _, err := admin.ExecContext(ctx, "CREATE DATABASE "+name); err != nil {
		t.Fatalf("create test database on %s: %v", u.Redacted(), err)
	}
	t.Cleanup(func() {
		admin, err := sql.Open("pgx", server)
		if err != nil {
			t.Error(err)
			return
		}
		defer admin.Close()
		if _, err := admin.ExecContext(ctx, "DROP DATABASE "+name+" WITH (FORCE)"); err != nil {
			t.Errorf("drop test database %s: %v", name, err)
		}
	})
	u.Path = "/" + name
	return u.String()
}
