/**
 * Kafelot, the coffee assistant ({@code /api/chat}, {@code /api/generate}): ONNX Runtime model
 * beans, Lucene retrieval, recommendations and chemistry mode. Its capabilities arrive with the
 * models and assistant issues; the module is already assembled into the WAR and the EAR.
 */
package org.filspresso.ai;
