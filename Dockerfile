# An arrowd node as a container image, built from this repository:
#   docker build -t arrow .            (compiles the default kernel template: 5-20 minutes)
# docker-compose.yml runs three of them as one cluster. Arrows run as QEMU VMs inside the
# container: under KVM when /dev/kvm is passed in (docker-compose.kvm.yml), else under TCG.
FROM debian:12-slim

# What .ci/setup installs that a node needs at run time (QEMU; musl for ainit; the kernel
# source and its build tools, since a node builds kernel templates on first use; busybox,
# iproute2, cpio, xz, lz4, procps), less linux-image-amd64 (only the boot benchmark's
# baseline), plus Debian's Node.js and npm, which only run `npm ci`: the `node` devDependency
# brings the Node.js 24 every command below runs on.
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
      qemu-system-x86 musl-tools linux-source-6.1 build-essential flex bison bc libelf-dev \
      libssl-dev busybox-static iproute2 cpio xz-utils lz4 procps \
      nodejs npm ca-certificates \
 && rm -rf /var/lib/apt/lists/*

WORKDIR /opt/arrow
# Dependencies first, so a change to the sources does not reinstall them.
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund && npm cache clean --force
COPY . .

# A node's data dir (a volume per node) and the machine cache of kernel builds and templates
# (a volume the nodes of one host share, as nodes on one machine do outside containers).
ENV ARROW_HOME=/var/lib/arrow \
    ARROW_CACHE=/var/cache/arrow

# The default kernel template, compiled once here so no node compiles it at run time: its
# build lands in $ARROW_CACHE, which a new named volume mounted there starts from. The
# extracted source tree (1.5 GiB) and object files are dropped; a node re-extracts the
# tarball once (about a minute) when it first looks the template up.
RUN ARROW_HOME=/tmp/arrow-build node_modules/.bin/node node/arrowctl/main.ts kernel build --template default \
 && rm -rf /tmp/arrow-build "$ARROW_CACHE/kernel/src" "$ARROW_CACHE/kernel/work"

# arrowctl and arrowd on PATH (`docker compose exec n1 arrowctl ps`).
RUN ln -s /opt/arrow/bin/arrowctl /opt/arrow/bin/arrowd /usr/local/bin/

# libp2p (the cluster) and the HTTP API (bearer token: api.token in the data dir).
EXPOSE 7946 7070
ENTRYPOINT ["/opt/arrow/container/entrypoint.sh"]
CMD ["--data-dir", "/var/lib/arrow", "--listen", "/ip4/0.0.0.0/tcp/7946", "--api", "0.0.0.0:7070"]
