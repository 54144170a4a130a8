"""Terraform resources and data sources of AWS Elemental MediaConnect.

Generated from model/mediaconnect.yaml by `python -m codegen generate`; do not edit.
The declarations are data, in mediaconnect.json next to this module; they are loaded on
import, and awsmedia_runtime.provider executes them.
"""

from awsmedia_runtime.provider.spec import load_declarations

# ResourceSpec and DataSourceSpec objects; requests are built from the operations' input shapes in
# the shared tables (awsmedia_runtime.tables).
RESOURCES, DATA_SOURCES = load_declarations(__file__)
