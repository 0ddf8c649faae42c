"""URL handling modules: parse, request, response, error."""
