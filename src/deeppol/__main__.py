from deeppol.cli import cli

cli()
