"""Names the ARN patterns refuse: a MediaConnect flow, source, output or entitlement named with a line
break gets ARNs the backend's own operations accept, so it can be read, changed and deleted."""

from __future__ import annotations

import re
from typing import Any

from test_local_backend import create_flow, make_client, output, source

NAME = "first line\nsecond line"
PATTERNS = {
    "FlowArn": r"arn:.+:mediaconnect.+:flow:.+",
    "SourceArn": r"arn:.+:mediaconnect.+:source:.+",
    "OutputArn": r"arn:.+:mediaconnect.+:output:.+",
    "EntitlementArn": r"arn:.+:mediaconnect.+:entitlement:.+",
}


def test_a_flow_named_with_a_line_break_can_be_read_changed_and_deleted(local_endpoint: str) -> None:
    mc = make_client("mediaconnect", local_endpoint)
    flow = create_flow(
        mc,
        NAME,
        Source=source(NAME),
        Outputs=[output(NAME)],
        Entitlements=[{"Name": NAME, "Subscribers": ["111122223333"]}],
    )
    arns: dict[str, Any] = {
        "FlowArn": flow["FlowArn"],
        "SourceArn": flow["Source"]["SourceArn"],
        "OutputArn": flow["Outputs"][0]["OutputArn"],
        "EntitlementArn": flow["Entitlements"][0]["EntitlementArn"],
    }
    for member, arn in arns.items():
        assert re.fullmatch(PATTERNS[member], arn), (member, arn)
        # Only the refused character changes; the name itself is kept as given.
        assert arn.endswith(":first line-second line"), arn
    described = mc.describe_flow(FlowArn=arns["FlowArn"])["Flow"]
    assert (described["Name"], described["Source"]["Name"]) == (NAME, NAME)
    assert (described["Outputs"][0]["Name"], described["Entitlements"][0]["Name"]) == (NAME, NAME)

    mc.update_flow_source(FlowArn=arns["FlowArn"], SourceArn=arns["SourceArn"], Description="moved")
    mc.update_flow_output(FlowArn=arns["FlowArn"], OutputArn=arns["OutputArn"], Port=7001)
    mc.update_flow_entitlement(
        FlowArn=arns["FlowArn"], EntitlementArn=arns["EntitlementArn"], Description="x"
    )
    added = mc.add_flow_outputs(FlowArn=arns["FlowArn"], Outputs=[output("tab\tand\nbreak", 6002)])
    extra = added["Outputs"][0]["OutputArn"]
    assert extra.endswith(":tab\tand-break"), extra  # a tab is no line break: it stays
    mc.remove_flow_output(FlowArn=arns["FlowArn"], OutputArn=extra)
    mc.revoke_flow_entitlement(FlowArn=arns["FlowArn"], EntitlementArn=arns["EntitlementArn"])
    mc.delete_flow(FlowArn=arns["FlowArn"])
    assert mc.list_flows()["Flows"] == []
