"""Terraform resources and data sources of Amazon IVS.

Generated from model/ivs.yaml by `python -m codegen generate`; do not edit.
The declarations are data, in ivs.json next to this module; they are loaded on
import, and awsmedia_runtime.provider executes them.
"""

from awsmedia_runtime.provider.spec import load_declarations

# ResourceSpec and DataSourceSpec objects; requests are built from the operations' input shapes in
# the shared tables (awsmedia_runtime.tables).
RESOURCES, DATA_SOURCES = load_declarations(__file__)
