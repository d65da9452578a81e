# shellcheck shell=bash
# The cluster profile's certificates, made once with openssl into <data>/temporal-server/tls/: a CA
# of its own, the servers' certificate (the frontend's, and every service's on the internode
# links, where it also serves as their client certificate) and one client certificate for the
# apps, the scripts, the UI server and the tests. Sourced by temporal-server.sh.
# Exposes ts_pki_ensure and the TS_TLS_* paths.
# shellcheck disable=SC2034  # the paths are used by the files that source this

TS_TLS_DIR=$TS_DATA/tls
TS_TLS_CA=$TS_TLS_DIR/ca.pem
TS_TLS_SERVER_CERT=$TS_TLS_DIR/server.pem
TS_TLS_SERVER_KEY=$TS_TLS_DIR/server.key
TS_TLS_CLIENT_CERT=$TS_TLS_DIR/client.pem
TS_TLS_CLIENT_KEY=$TS_TLS_DIR/client.key
# Long enough that a developer's cluster never sees them expire; a reset (delete the data folder)
# makes new ones.
TS_TLS_DAYS=${ENTENTE_TLS_DAYS:-825}

ts_pki_ensure() {
  [ -s "$TS_TLS_CA" ] && [ -s "$TS_TLS_SERVER_CERT" ] && [ -s "$TS_TLS_CLIENT_CERT" ] && return 0
  have openssl || die "temporal-server: 'openssl' is not on PATH (Debian: apt-get install openssl)"
  local tmp=$TS_TLS_DIR.tmp
  log "temporal-server: making a CA, the server's and a client's certificates in $TS_TLS_DIR (once)"
  rm -rf "$tmp"
  mkdir -p "$tmp"
  chmod 700 "$tmp"
  # P-256 keys: Go's TLS, rustls (the worker's Core SDK) and Node's gRPC all take them.
  openssl req -x509 -new -noenc -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -sha256 \
    -keyout "$tmp/ca.key" -out "$tmp/ca.pem" -days "$TS_TLS_DAYS" \
    -subj "/O=Entente/CN=Entente cluster profile CA ($ENTENTE_PROFILE)" \
    -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" \
    2>>"$tmp/openssl.log" || die "temporal-server: openssl could not make the CA (see $tmp/openssl.log)"
  # The servers' certificate names the loopback address the clients dial, and is also the
  # internode client certificate (Temporal presents it both ways), hence both usages.
  ts_pki_issue "$tmp" server "/O=Entente/CN=temporal-server" "serverAuth,clientAuth" "subjectAltName=IP:127.0.0.1,DNS:localhost"
  ts_pki_issue "$tmp" client "/O=Entente/CN=entente-client" "clientAuth" ""
  rm -f "$tmp/openssl.log" "$tmp"/*.csr "$tmp"/*.ext
  rm -rf "$TS_TLS_DIR"
  mv "$tmp" "$TS_TLS_DIR"
}

ts_pki_issue() { # dir name subject extended-key-usage extra-extension
  local dir=$1 name=$2
  {
    echo "basicConstraints=critical,CA:FALSE"
    echo "keyUsage=critical,digitalSignature,keyEncipherment"
    echo "extendedKeyUsage=$4"
    [ -z "$5" ] || echo "$5"
  } >"$dir/$name.ext"
  if ! openssl req -new -noenc -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -sha256 \
    -keyout "$dir/$name.key" -out "$dir/$name.csr" -subj "$3" 2>>"$dir/openssl.log" \
    || ! openssl x509 -req -in "$dir/$name.csr" -CA "$dir/ca.pem" -CAkey "$dir/ca.key" -set_serial "0x$(openssl rand -hex 16)" \
      -sha256 -days "$TS_TLS_DAYS" -extfile "$dir/$name.ext" -out "$dir/$name.pem" 2>>"$dir/openssl.log"; then
    die "temporal-server: openssl could not issue the $name certificate (see $dir/openssl.log)"
  fi
  chmod 600 "$dir/$name.key"
}
