"""The REST API and the web dashboard (FastAPI, Jinja2 templates, inline SVG charts).

Start with `entente.web.app.create_app` (an ASGI app over a store) or
`entente.web.app.serve` (run it with uvicorn). Importing this package loads nothing heavy;
FastAPI is imported by `entente.web.app`.
"""
