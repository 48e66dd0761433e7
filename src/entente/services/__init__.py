"""The use cases every front end shares (CLI, REST API and dashboard, report, Dask runner,
the Python API for notebooks): each front end is a thin wrapper over these.

    ingest.py      one ingest session: accept a document, code it, join its story, store it
    relations.py   series, shifts, and the events and articles behind them
    resolution.py  how an actor mention resolves, in one shape
    stores.py      opening the store a front end names
    notebook.py    the Python API: texts to events, a store's events, series and shifts as
                   pandas DataFrames
"""
