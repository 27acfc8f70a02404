"""Demo content of the practices app: data files and their loader (`manage.py load_demo`)."""
