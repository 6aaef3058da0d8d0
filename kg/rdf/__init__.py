"""RDF side: vocabulary, mapping of extractions to triples, serialisation, validation."""
