"""Coding at scale: all cores of one machine (``pool``) and a Dask cluster (``dask_engine``)."""
