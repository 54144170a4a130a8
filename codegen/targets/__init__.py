"""One module per output target; each turns the IR into {relative path: text}."""
