# One image for the scheduler (`tracker run`), the web app (any ASGI server) and Scrapyd nodes.
# Build: docker build -t sanctuary-tracker .   Run with PostgreSQL: docker compose up (compose.yaml)
FROM python:3.12-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_DISABLE_PIP_VERSION_CHECK=1 \
    TRACKER_DATA_DIR=/data
RUN useradd --system --create-home --home-dir /home/tracker tracker \
    && mkdir -p /data && chown tracker /data
WORKDIR /app
COPY pyproject.toml constraints.txt README.md LICENSE scrapy.cfg ./
COPY tracker ./tracker
COPY spiders ./spiders
COPY storage ./storage
# The local servers of `tracker demo`, which runs in the image as it does from a clone.
COPY localserver ./localserver
# The pinned versions the tests passed with; scrapyd for the image's use as a crawl node.
RUN pip install --no-cache-dir -c constraints.txt . scrapyd
USER tracker
VOLUME /data
EXPOSE 8000
CMD ["tracker", "run"]
