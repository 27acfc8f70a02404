"""Demo content of the home app: data files and their loader (`manage.py load_demo`)."""
