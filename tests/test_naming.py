import pytest

from awsmedia_runtime.naming import pascal, python_identifier, snake


@pytest.mark.parametrize(
    "name, expected",
    [
        ("FlowArn", "flow_arn"),
        ("channelArn", "channel_arn"),
        ("SPEKEKeyProvider", "speke_key_provider"),
        ("MaxBitrate", "max_bitrate"),
        ("ListTagsForResource", "list_tags_for_resource"),
        ("RepeatExtXKey", "repeat_ext_x_key"),
        ("DataTransferSubscriberFeePercent", "data_transfer_subscriber_fee_percent"),
        ("resource-arn", "resource_arn"),
    ],
)
def test_snake(name: str, expected: str) -> None:
    assert snake(name) == expected


def test_python_identifier_avoids_keywords() -> None:
    assert python_identifier("From") == "from_"
    assert python_identifier("type") == "type"  # a builtin, not a keyword: fine as a parameter


def test_pascal() -> None:
    assert pascal("mediaconnect_flow") == "MediaconnectFlow"
    assert pascal("ivs_channel") == "IvsChannel"
