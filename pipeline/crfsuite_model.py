"""Read a CRFsuite model file (`lCRF`/`FOMC`, version 100) the way underthesea_core 3.3.2 does.

underthesea's word segmenter is a CRFsuite-format model loaded by the Rust `CRFTagger`
(underthesea_core/src/crf/serialization.rs). This module reproduces that loader, including its
quirks, so the weights used here are exactly the weights the Rust tagger uses:

* label and attribute strings are read through the CQDB backward table in id order, skipping
  empty slots, and interned with get-or-insert: the model's id of a string is its insertion rank,
  and a state feature's source id is used as that model id unchanged;
* the FEAT chunk's own count wins over the header's when it is non-zero;
* state weights with ``abs(w) <= 1e-10`` are dropped (``set_state_weight`` removes them), later
  duplicates overwrite earlier ones;
* transitions live in a flat ``num_labels**2`` matrix, ``from * n + to``, written only in range.

No third-party dependency: the format is small enough to parse with `struct`.
"""
from __future__ import annotations

import struct
from dataclasses import dataclass, field

_HEADER = struct.Struct("<4sI4sIIIIIIIII")  # magic, size, type, version, 3 counts, 5 offsets
_CQDB_HEADER = struct.Struct("<4sIIIII")  # magic, size, flag, byteorder, bwd_size, bwd_offset
_U32x2 = struct.Struct("<II")
_FEATURE = struct.Struct("<IIId")  # type, src, dst, weight
_FEAT_HEADER = struct.Struct("<4sII")


class ModelFormatError(ValueError):
    """The file is not a CRFsuite model this reader (and underthesea_core) can load."""


@dataclass
class CRFModel:
    labels: list[str]
    attributes: list[str]  # model attribute id -> string
    state: dict[tuple[int, int], float] = field(default_factory=dict)  # (attr id, label id) -> weight
    transitions: list[float] = field(default_factory=list)  # flat, from * num_labels + to

    @property
    def num_labels(self) -> int:
        return len(self.labels)

    def transition(self, a: int, b: int) -> float:
        i = a * self.num_labels + b
        return self.transitions[i] if i < len(self.transitions) else 0.0


def _strings(data: bytes, offset: int, count: int) -> list[str]:
    """CQDB strings in underthesea_core's order: backward links, id order, get-or-insert."""
    magic, _size, _flag, _order, bwd_size, bwd_offset = _CQDB_HEADER.unpack_from(data, offset)
    if magic != b"CQDB":
        raise ModelFormatError(f"invalid CQDB magic {magic!r}")
    n = min(count, bwd_size)
    links = struct.unpack_from(f"<{n}I", data, offset + bwd_offset)
    seen: dict[str, int] = {}
    out: list[str] = []
    for entry in links:
        if entry == 0:
            continue
        _stored_id, ksize = _U32x2.unpack_from(data, offset + entry)
        start = offset + entry + 8
        if start + ksize > len(data):
            raise ModelFormatError("CQDB entry past the end of the file")
        key = data[start:start + ksize]
        nul = key.find(b"\0")
        if nul >= 0:
            key = key[:nul]
        try:  # Rust uses from_utf8_lossy; refuse instead of guessing its replacement rules
            s = key.decode("utf-8")
        except UnicodeDecodeError as e:
            raise ModelFormatError(f"non-UTF-8 string in CQDB: {e}") from None
        if s not in seen:
            seen[s] = len(out)
            out.append(s)
    return out


def read_crfsuite(data: bytes) -> CRFModel:
    """Parse the bytes of a CRFsuite model file; raises ModelFormatError (or struct.error)."""
    if len(data) < _HEADER.size:
        raise ModelFormatError("file too short for a CRFsuite header")
    (magic, _size, _type, _version, num_features, num_labels, num_attrs,
     off_features, off_labels, off_attrs, _off_lrefs, _off_arefs) = _HEADER.unpack_from(data, 0)
    if magic != b"lCRF":
        raise ModelFormatError(f"not a CRFsuite model (magic {magic!r})")
    labels = _strings(data, off_labels, num_labels)
    attributes = _strings(data, off_attrs, num_attrs)

    fmagic, _chunk_size, chunk_count = _FEAT_HEADER.unpack_from(data, off_features)
    if fmagic != b"FEAT":
        raise ModelFormatError(f"invalid FEAT magic {fmagic!r}")
    count = chunk_count if chunk_count > 0 else num_features
    start = off_features + _FEAT_HEADER.size
    end = start + count * _FEATURE.size
    if end > len(data):
        raise ModelFormatError("FEAT chunk past the end of the file")

    L = len(labels)
    transitions = [0.0] * (L * L)
    state: dict[tuple[int, int], float] = {}
    for ftype, src, dst, weight in _FEATURE.iter_unpack(data[start:end]):
        if ftype == 0:
            if abs(weight) > 1e-10:
                state[(src, dst)] = weight
            else:
                state.pop((src, dst), None)
        elif ftype == 1:
            i = src * L + dst
            if i < len(transitions):
                transitions[i] = weight
    return CRFModel(labels, attributes, state, transitions)
