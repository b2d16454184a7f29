import pytest

from streams.settings import Settings

pytestmark = pytest.mark.unit


def test_defaults_follow_the_design() -> None:
    settings = Settings(_env_file=None)
    assert settings.broker == "kafka://127.0.0.1:9092"
    assert settings.articles_topic == "news.articles"
    assert settings.observations_topic == "news.agreement-observations"
    assert settings.alerts_topic == "news.alerts"
    assert settings.dlq_topic == "news.articles.dlq"
    assert settings.web_host == "127.0.0.1"


def test_environment_overrides_with_prefix(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSSTREAM_BROKER", "kafka://10.1.1.1:19092;kafka://10.1.1.2:19092")
    monkeypatch.setenv("NEWSSTREAM_PARTITIONS", "6")
    settings = Settings()
    assert settings.bootstrap_servers == "10.1.1.1:19092,10.1.1.2:19092"
    assert settings.faust_broker == "kafka://10.1.1.1:19092;kafka://10.1.1.2:19092"
    assert settings.partitions == 6


def test_settings_are_immutable_and_checked() -> None:
    settings = Settings()
    with pytest.raises(ValueError, match="frozen"):
        settings.partitions = 9  # type: ignore[misc]
    with pytest.raises(ValueError, match="greater than or equal to 1"):
        Settings(partitions=0)
