"""The awsmedia Terraform provider (tfplugin6): `terraform-provider-awsmedia`.

Generated from model/ by `python -m codegen generate`; do not edit. `main` hands over to
awsmedia_runtime.provider.launch, which answers Terraform's handshake before it imports the
service modules below, so that each of Terraform's provider launches stays short.
"""

from awsmedia_runtime.provider.launch import serve

NAME = "registry.terraform.io/awsmedia/awsmedia"
# By boto3 service name: the module holding the service's RESOURCES and DATA_SOURCES,
# the name of its URL in the provider's `endpoints` block, and its title.
SERVICES = {
    "ivs": {"module": "awsmedia.provider.ivs", "endpoint": "ivs", "title": "Amazon IVS"},
    "mediaconnect": {
        "module": "awsmedia.provider.mediaconnect",
        "endpoint": "mediaconnect",
        "title": "AWS Elemental MediaConnect",
    },
    "mediapackage-vod": {
        "module": "awsmedia.provider.mediapackage_vod",
        "endpoint": "mediapackagevod",
        "title": "AWS Elemental MediaPackage VOD",
    },
}


def main() -> None:
    serve(NAME, SERVICES)
