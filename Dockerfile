# The newsstream worker image: `docker build -t newsstream .`, or `docker compose up`.
# `docker run -e NEWSSTREAM_BROKER=kafka://HOST:PORT newsstream` runs `newsstream worker`;
# other sub-commands work too, e.g. on the compose network:
#   docker run --rm --network newsstream_default -e NEWSSTREAM_BROKER=kafka://kafka:19092 \
#     -v "$PWD/seeds:/seeds:ro" newsstream:local publish /seeds
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

# Install the project from pyproject.toml: the metadata, build script and README first, then
# the three packages it ships (processors, streams, schemas, with their data files). The
# build compiles processors/ with mypyc (setup.py), so a C compiler is installed for it and
# removed in the same step; `--build-arg NEWSSTREAM_PURE_PYTHON=1` installs pure Python.
WORKDIR /build
COPY pyproject.toml setup.py README.md ./
COPY processors ./processors
COPY streams ./streams
COPY schemas ./schemas
ARG NEWSSTREAM_PURE_PYTHON=
RUN apt-get update \
    && apt-get install -y --no-install-recommends gcc libc6-dev \
    && pip install . \
    && apt-get purge -y --auto-remove gcc libc6-dev \
    && rm -rf /var/lib/apt/lists/* /build

# Run as an unprivileged user, in a home folder it owns (the worker keeps its table data
# under NEWSSTREAM_DATA_DIR).
RUN useradd --create-home --uid 10001 --shell /usr/sbin/nologin newsstream
USER newsstream
WORKDIR /home/newsstream

# Inside the container only: listen on every interface so the published port and other
# containers (Prometheus) reach /metrics. Outside a container the default stays 127.0.0.1.
ENV NEWSSTREAM_WEB_HOST=0.0.0.0 \
    NEWSSTREAM_WEB_PORT=6066 \
    NEWSSTREAM_DATA_DIR=/home/newsstream/data
EXPOSE 6066

# /health answers 200 while the worker runs (503 once it is stopping); slim has no curl.
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:' + os.environ.get('NEWSSTREAM_WEB_PORT', '6066') + '/health', timeout=4)"]

ENTRYPOINT ["newsstream"]
CMD ["worker"]
