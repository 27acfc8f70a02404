"""Demo content of the guides app: data files and their loader (`manage.py load_demo`)."""
