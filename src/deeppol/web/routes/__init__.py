"""The API's routers, one module per kind of question; ``create_app`` includes them all."""
