"""Demo content of the places app: data files and their loader (`manage.py load_demo`)."""
