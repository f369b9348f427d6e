"""Lets a mixture-of-experts graph skip the experts no token chose.

PyTorch exports the MoE layer densely: every expert runs and is multiplied by its gate, which is
zero for unchosen experts. That reads every expert's weights for every decoded token. This pass
wraps each expert (its nodes and the multiplication by its gate) in an ONNX `If` whose condition is
"some token gave this expert a non-zero gate"; otherwise the branch yields a scalar 0, which the
following Add broadcasts. Decoding one token then runs (and reads) only its top-k experts; a long
prompt, whose tokens choose nearly every expert, runs them all as before.

Run it last (after `quantize`), on any exported Kafelot graph; a dense model is left unchanged.
"""
import re
from pathlib import Path

import onnx
from onnx import TensorProto, helper

EXPERT = re.compile(r"^/model/blocks\.(\d+)/ffn/experts\.(\d+)/")


def skip_unchosen_experts(source, target):
    model = onnx.load(str(source))
    graph = model.graph
    experts = {}
    for node in graph.node:
        match = EXPERT.match(node.name)
        if match:
            experts.setdefault((int(match.group(1)), int(match.group(2))), []).append(node)
    if not experts:
        onnx.save(model, str(target))
        return 0
    producers = {output: node for node in graph.node for output in node.output}
    consumers = {}
    for node in graph.node:
        for name in node.input:
            consumers.setdefault(name, []).append(node)
    moved, replacement = set(), {}
    for (layer, expert), nodes in sorted(experts.items()):
        # The expert's result leaves its nodes exactly once: into the Mul by the expert's gate column.
        names = {node.name for node in nodes}
        leaving = [(output, user) for node in nodes for output in node.output
                   for user in consumers.get(output, []) if user.name not in names]
        if len(leaving) != 1 or leaving[0][1].op_type != "Mul":
            raise ValueError(f"unexpected expert graph in layer {layer}, expert {expert}: {leaving}")
        result, scale = leaving[0]
        gate = next(name for name in scale.input if name != result)
        if producers.get(gate) is None or producers[gate].op_type != "Slice":
            raise ValueError(f"expert {expert} of layer {layer}: its gate is not a slice of the dense gate")
        prefix = f"/model/blocks.{layer}/ffn/experts.{expert}/"
        chosen, needed = prefix + "chosen", prefix + "gate_max"
        condition = [
            helper.make_node("ReduceMax", [gate], [needed], keepdims=0, name=prefix + "GateMax"),
            helper.make_node("Greater", [needed, prefix + "zero"], [chosen], name=prefix + "Chosen"),
        ]
        zero = helper.make_tensor(prefix + "zero", TensorProto.FLOAT, [], [0.0])
        graph.initializer.append(zero)
        output = scale.output[0]
        run = helper.make_graph(nodes + [scale], prefix + "run", [],
                                [helper.make_tensor_value_info(output, TensorProto.FLOAT, None)])
        skip = helper.make_graph([helper.make_node("Constant", [], [prefix + "skipped"], value=zero)],
                                 prefix + "skip", [], [helper.make_tensor_value_info(prefix + "skipped", TensorProto.FLOAT, [])])
        branch = helper.make_node("If", [chosen], [output], then_branch=run, else_branch=skip, name=prefix + "If")
        replacement[scale.name] = condition + [branch]
        moved.update(node.name for node in nodes)
    rebuilt = []
    for node in graph.node:
        if node.name in moved:
            continue
        rebuilt.extend(replacement.get(node.name, [node]))
    del graph.node[:]
    graph.node.extend(rebuilt)
    onnx.checker.check_model(model)
    onnx.save(model, str(target))
    return len(experts)


def main():
    import sys
    path = Path(sys.argv[1])
    print(f"{skip_unchosen_experts(path, path)} experts made conditional in {path}")


if __name__ == "__main__":
    main()
