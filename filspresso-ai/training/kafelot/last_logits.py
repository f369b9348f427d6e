"""Lets a caller ask for the logits of the last positions only.

Generation needs the next-token logits of a prompt's last position, yet the exported graph projects
every position onto the vocabulary, the largest matrix of the model (for Tanka, about half the
work of a 256-token prompt). This pass adds an int64 input `keep_logits`: the graph keeps the last
`keep_logits` positions of the final hidden states before the output projection; 0 keeps them all
(perplexity, label scoring). The weights are untouched, so a shipped model can take the pass in place.
"""
import sys
from pathlib import Path

import onnx
from onnx import TensorProto, helper

INPUT = "keep_logits"


def keep_last_logits(source, target):
    model = onnx.load(str(source))
    graph = model.graph
    if any(graph_input.name == INPUT for graph_input in graph.input):
        onnx.save(model, str(target))
        return False
    projection = next(node for node in graph.node if "logits" in node.output)
    hidden = projection.input[0]
    kept = "/model/kept_hidden"
    nodes = [
        helper.make_node("Neg", [INPUT], ["/model/keep_start_scalar"], name="/model/KeepStart"),
        helper.make_node("Reshape", ["/model/keep_start_scalar", "/model/one_dim"], ["/model/keep_start"], name="/model/KeepStartShape"),
        # keep_logits = 0 gives start -0 = 0: every position.
        helper.make_node("Slice", [hidden, "/model/keep_start", "/model/keep_end", "/model/keep_axis"], [kept], name="/model/KeepLast"),
    ]
    graph.initializer.extend([
        helper.make_tensor("/model/one_dim", TensorProto.INT64, [1], [1]),
        helper.make_tensor("/model/keep_end", TensorProto.INT64, [1], [2 ** 62]),
        helper.make_tensor("/model/keep_axis", TensorProto.INT64, [1], [1]),
    ])
    projection.input[0] = kept
    position = list(graph.node).index(projection)
    for offset, node in enumerate(nodes):
        graph.node.insert(position + offset, node)
    graph.input.append(helper.make_tensor_value_info(INPUT, TensorProto.INT64, []))
    logits = next(output for output in graph.output if output.name == "logits")
    logits.type.tensor_type.shape.dim[1].dim_param = "kept"
    onnx.checker.check_model(model)
    onnx.save(model, str(target))
    return True


if __name__ == "__main__":
    path = Path(sys.argv[1])
    print(f"{path}: {'keep_logits added' if keep_last_logits(path, path) else 'already has keep_logits'}")
