"""Beyond one machine: coding large corpora on Dask distributed, into partitioned Parquet."""
