"""The awsmedia generator: model/*.yaml -> IR -> templates -> black -> generated/."""
