package web

import (
	_ "embed"
	"net/http"
)

// openAPI describes the API; a test checks it against the routes.
//
//go:embed openapi.json
var openAPI []byte

func serveOpenAPI(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	w.Write(openAPI)
}
