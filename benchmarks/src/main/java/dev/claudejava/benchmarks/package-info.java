/** Benchmarks of claude-java beside its peers; see {@code benchmarks/README.md}. */
package dev.claudejava.benchmarks;
