package dev.claudejava.testkit;

import java.util.List;
import java.util.Map;

/**
 * One parsed HTTP request, before the server has looked at what it asks for.
 *
 * @param method the request method, as sent
 * @param target the request target: path and query, as sent
 * @param headers header names in lower case, in order of first appearance, with every value
 * @param body the body bytes after any chunked transfer coding is removed
 */
record IncomingRequest(String method, String target, Map<String, List<String>> headers, byte[] body) {}
