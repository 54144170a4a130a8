"""The awsmedia Terraform provider (tfplugin6): `terraform-provider-awsmedia`.

Generated from model/ by `python -m codegen generate`; do not edit. `main` hands over to
awsmedia_runtime.provider.launch, which answers Terraform's handshake before it imports the
service modules below, so that each of Terraform's provider launches stays short.
"""

from awsmedia_runtime.provider.launch import serve

NAME = "registry.terraform.io/awsmedia/awsmedia"
# Modules holding RESOURCES, DATA_SOURCES and OPERATIONS, keyed by boto3 service name.
MODULES = {
    "ivs": "awsmedia.provider.ivs",
    "mediaconnect": "awsmedia.provider.mediaconnect",
    "mediapackage-vod": "awsmedia.provider.mediapackage_vod",
}


def main() -> None:
    serve(NAME, MODULES)
