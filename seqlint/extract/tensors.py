"""The dummy tensor a script passes to its model: ``torch.randn(1, 3, 32, 32)`` and its kin.

Read statically: factories (torch and numpy), literals (``torch.tensor([[1.0, 2.0]])``), and
the simple methods people chain on them (``.view(1, -1)``, ``.unsqueeze(0)``, ``.float()``,
``.to(device)``).  Anything else reads as "no known input" -- never as a guess.
"""

from __future__ import annotations

import ast
import re
from dataclasses import replace
from typing import TYPE_CHECKING

import libcst as cst

from seqlint.extract.folding import DType, DTYPES, dotted_name
from seqlint.extract.spec import InputSpec
from seqlint.shapes import expr
from seqlint.shapes.expr import UNKNOWN

if TYPE_CHECKING:
    from seqlint.extract.models import Extractor
    from seqlint.extract.scopes import Scope

# torch factory -> the dtype it makes by default (None: decided by its arguments)
TORCH_FACTORIES = {"randn": "float32", "rand": "float32", "zeros": "float32", "ones": "float32",
                   "empty": "float32", "randint": "int64", "full": None}
NUMPY_FACTORIES = {"random.rand": "float64", "random.randn": "float64", "random.random": "float64",
                   "zeros": "float64", "ones": "float64", "empty": "float64", "random.randint": "int64"}
# Methods of np.random.default_rng(...) and of the legacy np.random.RandomState(...).
GENERATOR_METHODS = {"normal", "random", "uniform", "standard_normal", "integers",
                     "rand", "randn", "randint", "random_sample"}
GENERATORS = ("numpy.random.default_rng", "numpy.random.RandomState")
TENSOR_FROM_DATA = {"tensor", "as_tensor", "from_numpy", "Tensor", "FloatTensor", "LongTensor"}
DTYPE_METHODS = {"float": "float32", "double": "float64", "half": "float16", "long": "int64",
                 "int": "int32", "bfloat16": "bfloat16"}
KEEP_METHODS = {"cuda", "cpu", "requires_grad_", "contiguous", "detach", "clone", "floor", "ceil", "round", "abs",
                "clamp", "clamp_", "floor_", "neg", "relu", "zero_", "fill_", "normal_", "uniform_"}
MAX_LITERAL_ITEMS = 100_000
# torch functions of one tensor, element-wise, whose result is floating point.
FLOAT_FUNCTIONS = {"sin", "cos", "tan", "exp", "log", "sqrt", "sigmoid", "tanh"}
FLOAT_DTYPES = ("float32", "float64", "float16", "bfloat16")
MAX_COMPREHENSION_ITEMS = 64  # a comprehension whose element reads its variable: items read one by one
LITERAL_KINDS = ("tensor", "as_tensor", "Tensor", "FloatTensor", "LongTensor")  # data read as written
LIST_READERS = ("torch.stack", "torch.cat", "torch.concat", "torch.concatenate", "numpy.stack", "len")


class TensorReader:
    def __init__(self, extractor: "Extractor", scope: "Scope", order: int, env: dict | None = None,
                 given: dict | None = None):
        self.x = extractor
        self.scope = scope
        self.order = order  # where the tensor is used: names resolve to their value there
        # env: the names' values where code the interpreter ran made the tensor (an __init__)
        self.folder = extractor.folder(scope, order, env)
        # Names bound by no statement here whose tensors the code around says: a helper's
        # parameters (the call's tensors), the names a loop binds (one pass's batch).
        self.given: dict = given or {}

    def read(self, node, depth: int = 0) -> InputSpec | None:
        if depth > 20 or node is None:
            return None
        if isinstance(node, cst.Name):
            value, order = self.x.resolve_binding(node, self.scope, before=self.order)
            if value is None:
                if node.value in self.given:
                    return self.given[node.value]
                return self._unpacked_output(node)
            outer, self.order = self.order, order
            try:
                found = self.read(value, depth + 1)
            finally:
                self.order = outer
            return self._as_changed(node.value, found)
        if isinstance(node, cst.BinaryOperation):
            return self._arithmetic(node, depth)
        if isinstance(node, cst.Comparison) and len(node.comparisons) == 1:
            base = self._operand(node.left, depth + 1)  # x > 0: a bool tensor of x's shape
            comparator = node.comparisons[0].comparator
            number = self.folder.fold(comparator)
            if base is not None and isinstance(number, (int, float)):
                return InputSpec(base.shape, "bool")
            if base is None or not isinstance(node.comparisons[0].operator, COMPARISONS):
                return None
            other = self._operand(comparator, depth + 1)  # probs > torch.rand(n): broadcast
            shape = _broadcast_shapes(base.shape, other.shape) if other is not None else None
            return None if shape is None else InputSpec(shape, "bool")
        if isinstance(node, cst.Subscript) and isinstance(node.value, cst.Call) and len(node.slice) == 1 and \
                isinstance(node.slice[0].slice, cst.Index):
            index = self.folder.fold(node.slice[0].slice.value)  # get_batch()[0]: one of what it returns
            held = self.read_tuple(node.value, depth + 1) if isinstance(index, int) and \
                not isinstance(index, bool) else None
            if held is not None and held.items is not None:
                return held.items[index] if -len(held.items) <= index < len(held.items) else None
        if isinstance(node, cst.Subscript):
            base = self._operand(node.value, depth + 1)
            return _indexed(base, node, self.folder, lambda n: self._operand(n, depth + 1)) \
                if base is not None else None
        if not isinstance(node, cst.Call):
            return None
        qualified = self.x.qualify(node.func, self.scope) or ""
        if qualified.startswith("torch.") and qualified[6:] in TORCH_FACTORIES:
            return self._torch_factory(qualified[6:], node)
        if qualified.startswith("torch.") and qualified[6:] in TENSOR_FROM_DATA:
            return self._from_data(qualified[6:], node, depth)
        if qualified in ("torch.cat", "torch.concat", "torch.concatenate"):
            return self._cat(node, depth)
        if qualified == "numpy.concatenate":
            return self._cat(node, depth, "axis")
        if qualified in ("torch.stack", "numpy.stack"):
            return self._stack(node, depth, "axis" if qualified.startswith("numpy") else "dim")
        if qualified == "torch.eye":
            return self._eye(node)
        if qualified.startswith("torch.") and qualified[6:] in LIKE_FACTORIES and node.args and \
                node.args[0].keyword is None and not node.args[0].star and \
                sum(a.keyword is None for a in node.args) == (2 if qualified == "torch.full_like" else 1) and \
                all(a.keyword is None or a.keyword.value in ("device", "requires_grad") for a in node.args):
            base = self._operand(node.args[0].value, depth + 1)  # torch.randn_like(clean)
            if base is None or (qualified in ("torch.randn_like", "torch.rand_like") and base.dtype not in FLOAT_DTYPES):
                return None  # random floats of an integer tensor: torch raises there
            return InputSpec(base.shape, base.dtype)
        if qualified == "torch.randperm":
            return self._randperm(node)
        if qualified == "torch.nn.functional.interpolate":
            return self._interpolated(node, depth)
        if qualified.startswith("torch.") and qualified[6:] in FLOAT_FUNCTIONS and len(node.args) == 1 and \
                node.args[0].keyword is None and not node.args[0].star:
            base = self._operand(node.args[0].value, depth + 1)  # torch.sin(2 * pi * f * t)
            if base is None:
                return None
            return InputSpec(base.shape, base.dtype if base.dtype in FLOAT_DTYPES else
                             "float32" if base.dtype in ("int64", "int32", "bool") else None)
        if qualified == "torch.nn.functional.one_hot":
            return self._one_hot(node, depth)
        if qualified in ("torch.arange", "torch.linspace"):
            return self._range(qualified[6:], node)
        if qualified in ("numpy.arange", "numpy.linspace"):
            return self._range(qualified[6:], node, floats="float64")
        if qualified in ("numpy.array", "numpy.asarray"):
            return self._numpy_literal(node)
        if qualified.startswith("numpy.") and qualified[6:] in NUMPY_FACTORIES:
            return self._numpy_factory(qualified[6:], node)
        if isinstance(node.func, cst.Attribute) and node.func.attr.value in GENERATOR_METHODS and \
                self._is_numpy_generator(node.func.value):
            return self._generator_sample(node.func.attr.value, node)
        if isinstance(node.func, cst.Name) and not qualified and len(node.args) == 1:
            source = self._model_named(node.func)  # decoder(encoder(x))
            inner = self.read(node.args[0].value, depth + 1) if source is not None else None
            if inner is not None:
                return InputSpec((), None, origin="model", through=(source, inner))
        if isinstance(node.func, cst.Name) and not qualified and node.func.value in self.x.scopes.functions:
            return self._helper_result(node, depth)  # data = preprocess(batch)
        if isinstance(node.func, cst.Name) and not qualified and self._instance_named(node.func):
            # features = backbone(x), backbone a module class instance: what its forward
            # returns for that call, once the analysis has run it (pipeline: "instance").
            twin = self.x.ast_of.get(id(node))
            if twin is not None:
                return InputSpec((), None, origin="instance", through=(twin, None))
        if isinstance(node.func, cst.Attribute) and not qualified and node.func.attr.value in NEW_METHODS:
            sizes = self._sizes([a.value for a in node.args]) if not any(a.keyword or a.star for a in node.args) \
                else None  # weight.new(n_layers, batch, hidden): the sizes, whatever weight is
            return InputSpec(tuple(sizes), None) if sizes is not None and UNKNOWN not in sizes else None
        if isinstance(node.func, cst.Attribute) and not qualified:
            base = self._operand(node.func.value, depth + 1)
            return self._method(base, node.func.attr.value, node) if base is not None else None
        return None

    def _as_changed(self, name: str, found: InputSpec | None) -> InputSpec | None:
        """A tensor a name holds, as code that may change it in place leaves it: an item
        stored (``idx[:] = 0``) keeps the shape, not the values; an in-place method that
        changes the shape (``x.unsqueeze_(0)``) leaves nothing known."""
        if found is None or found.through is not None:
            return found
        changes = self.x._in_place.get(name)
        if changes is None:  # once per name and file: the text is read, not walked
            text, written = self.x.text, re.escape(name)
            shape = re.search(rf"(?<![\w.]){written}\s*\.\s*(?:{SHAPE_CHANGING_IN_PLACE})\s*\(", text)
            values = re.search(  # idx[:] = 0, idx += 1, idx.clamp_(0, 9)
                rf"(?<![\w.]){written}\s*(?:\[[^\]\n]*\]\s*(?:[-+*/%&|^@]|//|\*\*)?=(?!=)|"
                rf"(?:[-+*/%&|^@]|//|\*\*)=|\.\s*\w+_\s*\()", text)
            changes = self.x._in_place[name] = (shape is not None, values is not None)
        if changes[0]:
            return None
        return replace(found, values=None) if found.values is not None and changes[1] else found

    def read_tuple(self, node, depth: int = 0) -> InputSpec | None:
        """A Python tuple of tensors (``(h0, c0)``, or what ``model.init_hidden(b)`` returns
        for an instance of a module class): an InputSpec of its items; None if not known."""
        if depth > 20 or node is None:
            return None
        if isinstance(node, cst.Name):
            value, order = self.x.resolve_binding(node, self.scope, before=self.order)
            if value is None:
                return None
            outer, self.order = self.order, order
            try:
                return self.read_tuple(value, depth + 1)
            finally:
                self.order = outer
        if isinstance(node, cst.Tuple) and node.elements and \
                not any(isinstance(e, cst.StarredElement) for e in node.elements):
            items = [self._operand(e.value, depth + 1) for e in node.elements]
            return None if None in items else InputSpec((), None, items=tuple(items))
        if isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute) and \
                isinstance(node.func.value, cst.Name) and self._instance_named(node.func.value):
            return self._instance_method_result(node, depth)
        if isinstance(node, cst.Call) and isinstance(node.func, cst.Name) and \
                not self.x.qualify(node.func, self.scope) and node.func.value in self.x.scopes.functions:
            return self._helper_result(node, depth, as_tuple=True)  # x, y = get_batch()
        copied = _copied_items(node)  # tuple([each.data for each in h]): the same tensors, detached
        return self.read_tuple(copied, depth + 1) if copied is not None and \
            self.x.qualify(node.func, self.scope) is None else None

    def _instance_method_result(self, node: cst.Call, depth: int) -> InputSpec | None:
        """``model.init_hidden(batch_size)``: what a method of the instance's class that
        changes nothing returns, its ``self.NAME`` numbers those the instance was built with."""
        from seqlint.extract.classes import ChainReader, _pure_method

        built = self.x.scopes_binding(node.func.value.value, self.scope, self.order)  # Net(...)
        reader = ChainReader(self.x, self.x._specs)
        method = reader.instance_method(built, node.func.attr.value)
        returned = _pure_method(method)
        a = method.args if method is not None else None
        if returned is None or a.vararg or a.kwarg or a.kwonlyargs or a.posonlyargs or a.defaults or \
                len(a.args) != len(node.args) + 1 or any(arg.keyword or arg.star for arg in node.args):
            return None
        values = [self.folder.fold(arg.value) for arg in node.args]
        if any(not isinstance(v, int) or isinstance(v, bool) for v in values):
            return None
        built_in = next((scope for call, scope in self.x.scopes.calls_of.get(built.func.id, []) if call is built), None)
        env = reader.instance_constants(built, built_in) if built_in is not None else None
        scope = self.x.scopes.scope_of(method)
        parsed = self.x.cst_of(returned.value)
        if env is None or scope is None or parsed is None:
            return None
        env.update({p.arg: v for p, v in zip(a.args[1:], values)})
        inner = TensorReader(self.x, scope, 1 << 62, env=env)
        return inner.read_tuple(parsed, depth + 1) or inner.read(parsed, depth + 1)

    # -- pieces --

    def _operand(self, node, depth: int) -> InputSpec | None:
        """A tensor an operation works on: known data only.  A model's output is known only
        once the analysis runs the model, so what is computed from it here is not known."""
        found = self.read(node, depth)
        return None if found is None or found.through is not None else found

    def _helper_result(self, node: cst.Call, depth: int, as_tuple: bool = False) -> InputSpec | None:
        """``preprocess(batch)``, ``load_scans(4)``, ``get_batch()``: a function of the module
        whose body is assignments and a ``return``: what it returns for the arguments passed
        (each a tensor or a constant read here; a parameter not passed, its default).
        ``as_tuple``: a tuple of tensors returned (``return x, y``) is wanted."""
        frame = self.helper_frame(node, depth)
        if frame is None:
            return None
        reader, returned = frame
        return reader.read_tuple(returned, depth + 1) if as_tuple else reader.read(returned, depth + 1)

    def helper_frame(self, node: cst.Call, depth: int = 0):
        """(a reader of the helper's body with the call's arguments, what it returns) for a call
        of a function of the module whose body is assignments and a ``return``; else None."""
        name = node.func.value
        function = self.x.scopes.functions[name]
        a = function.args
        if len(self.x.scopes.module.bindings.get(name, [])) != 1 or a.vararg or a.kwarg or a.kwonlyargs or \
                a.posonlyargs or len(node.args) > len(a.args) or any(arg.star for arg in node.args):
            return None
        body = function.body[1:] if isinstance(function.body[0], ast.Expr) and \
            isinstance(function.body[0].value, ast.Constant) else function.body
        if not body or not isinstance(body[-1], ast.Return) or body[-1].value is None or \
                not all(isinstance(s, ast.Assign) and len(s.targets) == 1 and isinstance(s.targets[0], ast.Name)
                        for s in body[:-1]):
            return None  # code that may change its arguments in place, or branch: not read
        params = [p.arg for p in a.args]
        passed = {params[i]: arg.value for i, arg in enumerate(node.args) if arg.keyword is None}
        passed.update({arg.keyword.value: arg.value for arg in node.args if arg.keyword is not None})
        if len(passed) != len(node.args) or set(passed) - set(params):
            return None  # given twice, or a keyword it does not take: a TypeError
        defaults = dict(zip(params[len(params) - len(a.defaults):], a.defaults))
        tensors, constants = {}, {}
        for param in params:
            if param in passed:
                tensor = self.read(passed[param], depth + 1)
                value = self.folder.fold(passed[param]) if tensor is None else None
            elif param in defaults:
                tensor, value = None, self.x.folder(self.x.scopes.module).fold(self.x.cst_of(defaults[param]))
            else:
                return None  # a TypeError
            if tensor is not None:
                if tensor.through is not None:
                    return None
                tensors[param] = tensor
            elif isinstance(value, (int, float, str, tuple)) and value is not UNKNOWN:
                constants[param] = value
            else:
                return None
        scope = self.x.scopes.scope_of(function)
        returned = self.x.cst_of(body[-1].value)
        if scope is None or returned is None:
            return None
        # At the return: each name's last binding, or what was passed for a parameter.
        return TensorReader(self.x, scope, 1 << 62, env=constants or None, given=tensors), returned

    def _unpacked_output(self, name: cst.Name) -> InputSpec | None:
        """``out, hidden = encoder(x)``, encoder a module class instance: an item of what its
        forward returns, known once the analysis has run it (pipeline: "instance")."""
        found = self.x.unpacked_from(name.value, self.scope, self.order)
        if found is None:
            return None
        call, index = found
        if isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and \
                self._instance_named(cst.Name(call.func.id)):
            return InputSpec((), None, origin="instance", through=(call, index))
        if isinstance(call, ast.Call) and isinstance(index, int) and self.x.cst_of(call) is not None:
            held = self.read_tuple(self.x.cst_of(call))  # x, y = get_batch(): one of what it returns
            if held is not None and held.items is not None and -len(held.items) <= index < len(held.items):
                return held.items[index]
        return None

    def _instance_named(self, name: cst.Name) -> bool:
        """Does the name hold an instance of a module class of this file where it is called?"""
        found = self.x.scopes_binding(name.value, self.scope, self.order)
        return isinstance(found, ast.Call) and isinstance(found.func, ast.Name) and \
            found.func.id in self.x.scopes.classes

    def _model_named(self, name: cst.Name):
        """The Sequential a name holds where it is called, if it holds one."""
        found = self.x.scopes_binding(name.value, self.scope, self.order)
        return self.x._specs.get(id(found)) if found is not None else None

    def _arithmetic(self, node: cst.BinaryOperation, depth: int) -> InputSpec | None:
        """``x * 100``, ``x / 255.0``, ``x + 1``, ``x % 10``: the shape stays, the dtype follows
        torch's promotion."""
        if isinstance(node.operator, (cst.Modulo, cst.FloorDivide)):
            number = self.folder.fold(node.right)
            base = self._operand(node.left, depth + 1) if isinstance(number, int) and not isinstance(number, bool) \
                and number != 0 else None
            return None if base is None else InputSpec(base.shape, base.dtype)
        if isinstance(node.operator, cst.MatrixMultiply):  # y = X @ true_w + noise
            left, right = self._operand(node.left, depth + 1), self._operand(node.right, depth + 1)
            if left is None or right is None or not left.shape or not right.shape or \
                    len(left.shape) > 2 or len(right.shape) > 2 or left.dtype != right.dtype:
                return None
            inner = right.shape[0] if len(right.shape) == 2 else right.shape[-1]
            if left.shape[-1] != inner:
                return None  # torch raises; not read here
            return InputSpec(tuple(left.shape[:-1]) + tuple(right.shape[1:]), left.dtype)
        if isinstance(node.operator, cst.Power):  # base ** 2: a floating tensor keeps its dtype
            number = self.folder.fold(node.right)
            base = self._operand(node.left, depth + 1) if isinstance(number, (int, float)) and \
                not isinstance(number, bool) else None
            return None if base is None else InputSpec(base.shape, base.dtype if base.dtype in FLOAT_DTYPES else None)
        if not isinstance(node.operator, (cst.Add, cst.Subtract, cst.Multiply, cst.Divide)):
            return None
        for tensor_side, number_side in ((node.left, node.right), (node.right, node.left)):
            number = self.folder.fold(number_side)
            if isinstance(number, (int, float)) and not isinstance(number, bool):
                base = self._operand(tensor_side, depth + 1)
                if base is None:
                    return None
                dtype = base.dtype
                if dtype in ("int64", "int32") and (isinstance(number, float) or isinstance(node.operator, cst.Divide)):
                    dtype = "float32"
                return InputSpec(base.shape, dtype)
        left, right = self._operand(node.left, depth + 1), self._operand(node.right, depth + 1)
        if left is None or right is None or left.through is not None or right.through is not None:
            return None
        shape = _broadcast_shapes(left.shape, right.shape)  # x - x.mean(dim=1, keepdim=True)
        if shape is None:
            return None
        dtype = left.dtype if left.dtype == right.dtype and not isinstance(node.operator, cst.Divide) else \
            (left.dtype if left.dtype == right.dtype and left.dtype in ("float32", "float64") else None)
        return InputSpec(shape, dtype)

    def _args(self, node: cst.Call):
        if any(a.star == "*" for a in node.args) or not all(self._placement(a.value) for a in node.args
                                                             if a.star == "**"):
            return None, None
        positional = [a.value for a in node.args if a.keyword is None and not a.star]
        keywords = {a.keyword.value: a.value for a in node.args if a.keyword is not None}
        return positional, keywords

    def _placement(self, node) -> bool:
        """``**dd`` with ``dd = {"device": device, "dtype": None}``: a known dict that only
        places the tensor (its dtype, when given, None: the default)."""
        mapping = self.folder.fold(node)
        return isinstance(mapping, dict) and all(key in ("device", "dtype") and (key == "device" or value is None)
                                                 for key, value in mapping.items())

    def _sizes(self, nodes, infer: bool = False) -> tuple | None:
        """Sizes given as varargs, or as one tuple/list/int (``infer``: -1 allowed, as in view)."""
        if len(nodes) == 1:
            value = self.folder.fold(nodes[0])
            sizes = value if isinstance(value, tuple) else (value,)
        else:
            sizes = tuple(self.folder.fold(n) for n in nodes)
        shape = tuple(s if isinstance(s, (int, expr.Expr)) and not isinstance(s, bool) else UNKNOWN
                      for s in sizes)
        if any(isinstance(s, int) and s < (-1 if infer else 0) for s in shape):
            return None  # torch raises creating the tensor itself, not in the model
        return shape

    def _dtype(self, keywords, default):
        if "dtype" not in keywords:
            return default
        value = self.folder.fold(keywords["dtype"])
        if isinstance(value, DType):
            return value.name
        if isinstance(value, str):  # dtype="float32", as numpy allows
            return DTYPES.get(value)
        name = dotted_name(keywords["dtype"]) or ""
        if name.startswith(("np.", "numpy.")):  # np.float32
            return DTYPES.get(name.rsplit(".", 1)[-1])
        return None

    def _torch_factory(self, factory: str, node: cst.Call) -> InputSpec | None:
        positional, keywords = self._args(node)
        if positional is None:
            return None
        dtype = TORCH_FACTORIES[factory]
        if factory == "randint":  # randint(high, size) or randint(low, high, size)
            size_nodes = [keywords["size"]] if "size" in keywords else positional[-1:]
        elif factory == "full":
            size_nodes = [keywords["size"]] if "size" in keywords else positional[:1]
            fill = keywords.get("fill_value", positional[1] if len(positional) > 1 else None)
            fill_value = self.folder.fold(fill) if fill is not None else UNKNOWN
            dtype = {bool: "bool", int: "int64", float: "float32"}.get(type(fill_value))
        else:
            size_nodes = [keywords["size"]] if "size" in keywords else positional
        if not size_nodes:
            return None
        shape = self._sizes(size_nodes)
        if shape is None:
            return None
        return InputSpec(shape, self._dtype(keywords, dtype), values=self._values(factory, positional, keywords, shape))

    def _interpolated(self, node: cst.Call, depth: int) -> InputSpec | None:
        """``F.interpolate(hr, size=(32, 32))`` / ``scale_factor=0.5``: the batch and channel
        dims kept, the spatial ones given (a scale factor's product floored, as torch does)."""
        positional, keywords = self._args(node)
        if positional is None or not positional or len(positional) > 3:
            return None
        base = self._operand(positional[0], depth + 1)
        size = keywords.get("size", positional[1] if len(positional) > 1 else None)
        scale = keywords.get("scale_factor", positional[2] if len(positional) > 2 else None)
        if base is None or len(base.shape) not in (3, 4, 5) or (size is None) == (scale is None) or \
                "recompute_scale_factor" in keywords:
            return None
        spatial = len(base.shape) - 2
        value = self.folder.fold(size if size is not None else scale)
        values = value if isinstance(value, tuple) else (value,) * spatial
        if len(values) != spatial or not all(isinstance(v, (int, float)) and not isinstance(v, bool) and v > 0
                                             for v in values):
            return None
        if size is not None:
            if not all(isinstance(v, int) for v in values):
                return None
            dims = values
        else:
            if not all(isinstance(d, int) for d in base.shape[2:]):
                return None
            dims = tuple(int(d * float(f)) for d, f in zip(base.shape[2:], values))
        return InputSpec(tuple(base.shape[:2]) + tuple(dims), base.dtype)

    def _randperm(self, node: cst.Call) -> InputSpec | None:
        """``torch.randperm(n)``: the indices 0..n-1 shuffled, int64 unless a dtype is given."""
        positional, keywords = self._args(node)
        if positional is None or len(positional) != 1:
            return None
        count = self.folder.fold(positional[0])
        if not isinstance(count, int) or isinstance(count, bool) or count < 0:
            return None
        return InputSpec((count,), self._dtype(keywords, "int64"), values=("max", count - 1) if count else None)

    def _eye(self, node: cst.Call) -> InputSpec | None:
        """``torch.eye(n)`` is (n, n), ``torch.eye(n, m)`` (n, m): float32 unless ``dtype=``."""
        positional, keywords = self._args(node)
        if positional is None or not 1 <= len(positional) <= 2 or set(keywords) - {"dtype", "device",
                                                                                     "requires_grad"}:
            return None
        shape = self._sizes(positional)
        if shape is None or len(shape) != len(positional):
            return None
        return InputSpec(shape * 2 if len(shape) == 1 else shape, self._dtype(keywords, "float32"))

    def _numpy_literal(self, node: cst.Call) -> InputSpec | None:
        """``np.array([[1.0, 2.0]], dtype=np.float32)``: numpy makes floats float64."""
        positional, keywords = self._args(node)
        if positional is None or len(positional) != 1 or not isinstance(positional[0], (cst.List, cst.Tuple)):
            return None
        literal = self.folder.fold(positional[0])
        found = _literal_shape(literal)
        if found is None:
            return None
        shape, dtype = found
        dtype = {"float32": "float64"}.get(dtype, dtype)
        values = ("max", max(_flat(literal))) if dtype == "int64" and shape else None
        return InputSpec(shape, self._dtype(keywords, dtype), values=values)

    def _stack(self, node: cst.Call, depth: int, keyword: str) -> InputSpec | None:
        """``torch.stack([a, b], dim)`` / ``np.stack([...], axis=1)``: equal shapes, a new dim."""
        positional, keywords = self._args(node)
        if positional is None or not positional:
            return None
        dim_node = keywords.get(keyword, positional[1] if len(positional) > 1 else None)
        dim = self.folder.fold(dim_node) if dim_node is not None else 0
        parts = self._parts(positional[0], depth)
        if not parts or any(p is None for p in parts) or any(p.shape != parts[0].shape for p in parts):
            return None  # torch raises on unequal shapes; not read here
        rank = len(parts[0].shape) + 1
        if not isinstance(dim, int) or isinstance(dim, bool) or not -rank <= dim < rank:
            return None
        dim %= rank
        dtypes = {p.dtype for p in parts}
        shape = parts[0].shape[:dim] + (len(parts),) + parts[0].shape[dim:]
        return InputSpec(shape, dtypes.pop() if len(dtypes) == 1 else None)

    def _parts(self, node, depth: int) -> list | None:
        """The tensors a list given to stack / cat holds: a literal, a comprehension
        (``[torch.rand(3, 48, 48) for _ in range(10)]``), or a name bound once to either and
        only read by stack, cat or len (so no code changed the list)."""
        if isinstance(node, cst.Name):
            if not self._list_untouched(node.value):
                return None
            node, _ = self.x.resolve_binding(node, self.scope, before=self.order)
        if isinstance(node, cst.ListComp):
            return self._comprehension(node, depth)
        if not isinstance(node, (cst.List, cst.Tuple)) or \
                any(isinstance(e, cst.StarredElement) for e in node.elements):
            return None
        return [self._operand(e.value, depth + 1) for e in node.elements]

    def _list_untouched(self, name: str) -> bool:
        """Is ``name`` bound once in this scope, and read only as stack's, cat's or len's
        argument?"""
        from seqlint.extract.scopes import dotted, qualify_name

        if len(self.scope.bindings.get(name, [])) != 1:
            return False
        allowed, loads = set(), []
        for part in ast.walk(self.scope.node):
            if isinstance(part, ast.Call) and part.args and isinstance(part.args[0], ast.Name) and \
                    part.args[0].id == name and \
                    (qualify_name(dotted(part.func), self.scope) or dotted(part.func)) in LIST_READERS:
                allowed.add(id(part.args[0]))
            if isinstance(part, ast.Name) and part.id == name and isinstance(part.ctx, ast.Load):
                loads.append(part)
        return all(id(p) in allowed for p in loads)

    def _comprehension(self, node: cst.ListComp, depth: int) -> list | None:
        """``[element for name in range(n)]`` or over a literal of numbers: the element read
        once per item, the name replaced by the item's value."""
        loop = node.for_in
        names = _target_names(loop.target)
        if loop.ifs or loop.inner_for_in is not None or loop.asynchronous is not None or names is None:
            return None
        values = self._iterated(loop.iter)
        if values is None:
            return None
        if not any(_mentions(node.elt, name) for name in names if name):  # every item alike
            return [self._operand(node.elt, depth + 1)] * len(values) if values else None
        if len(values) > MAX_COMPREHENSION_ITEMS:
            return None
        items = []
        for value in values:  # for ni, nf in emb_szs: each name its part of the item
            parts = (value,) if len(names) == 1 else value
            if not isinstance(parts, tuple) or len(parts) != len(names):
                return None
            element = node.elt
            for name, part in zip(names, parts):
                if name:
                    element = element.visit(_Substitute(name, part))
            items.append(self._operand(element, depth + 1))
        return items

    def _iterated(self, node) -> list | None:
        """The values a comprehension runs over: ``range(...)`` of known ints, or a literal
        list or tuple of numbers."""
        if isinstance(node, cst.Call) and isinstance(node.func, cst.Name) and node.func.value == "range" and \
                not self.x.qualify(node.func, self.scope):
            bounds = [self.folder.fold(a.value) for a in node.args]
            if not 1 <= len(bounds) <= 3 or any(a.keyword or a.star for a in node.args) or \
                    not all(isinstance(b, int) and not isinstance(b, bool) for b in bounds) or \
                    (len(bounds) == 3 and bounds[2] == 0):
                return None
            values = range(*bounds)
            return list(values) if len(values) <= MAX_LITERAL_ITEMS else None
        if isinstance(node, (cst.List, cst.Tuple)) and \
                not any(isinstance(e, cst.StarredElement) for e in node.elements):
            values = [self.folder.fold(e.value) for e in node.elements]
        elif isinstance(node, cst.Name):  # a list of numbers (or of tuples of them) nothing changes
            values = self.folder.fold(node)
            values = list(values) if isinstance(values, tuple) else None
        else:
            return None
        if values is None or len(values) > MAX_LITERAL_ITEMS:
            return None
        return values if all(_number_or_numbers(v) for v in values) else None

    def _one_hot(self, node: cst.Call, depth: int) -> InputSpec | None:
        """``F.one_hot(labels, num_classes)``: int64, one more dim of ``num_classes``."""
        positional, keywords = self._args(node)
        if positional is None or not positional:
            return None
        classes_node = keywords.get("num_classes", positional[1] if len(positional) > 1 else None)
        classes = self.folder.fold(classes_node) if classes_node is not None else UNKNOWN
        base = self._operand(positional[0], depth + 1)
        if base is None or not isinstance(classes, int) or isinstance(classes, bool) or classes < 0:
            return None
        return InputSpec(base.shape + (classes,), "int64")

    def _values(self, factory: str, positional, keywords, shape) -> tuple | None:
        """What a factory's values are, for index checks: randint's range, full's value."""
        count = expr.product(shape)
        if factory == "full" and len(positional) > 1:
            fill = self.folder.fold(positional[1])
            return ("max", fill) if isinstance(fill, int) and not isinstance(fill, bool) else None
        if factory == "randint" and isinstance(count, int):
            nodes = positional if "size" in keywords else positional[:-1]
            if "high" in keywords:
                nodes = ([keywords["low"]] if "low" in keywords else []) + [keywords["high"]]
            bounds = [self.folder.fold(n) for n in nodes]
            if not 1 <= len(bounds) <= 2 or not all(isinstance(b, int) and not isinstance(b, bool) for b in bounds):
                return None
            low, high = (0, bounds[0]) if len(bounds) == 1 else bounds
            return ("uniform", low, high, count) if high > low else None
        return None

    def _cat(self, node: cst.Call, depth: int, keyword: str = "dim") -> InputSpec | None:
        """``torch.cat([a, b], dim=1)`` / ``np.concatenate([a, b], axis=1)``: sizes add up
        along ``dim``; the rest must agree."""
        positional, keywords = self._args(node)
        if positional is None or not positional:
            return None
        dim_node = keywords.get(keyword, positional[1] if len(positional) > 1 else None)
        dim = self.folder.fold(dim_node) if dim_node is not None else 0
        parts = self._parts(positional[0], depth)
        if not parts or any(p is None for p in parts):
            return None
        rank = len(parts[0].shape)
        if not isinstance(dim, int) or isinstance(dim, bool) or not -rank <= dim < rank or \
                any(len(p.shape) != rank for p in parts):
            return None
        dim %= rank
        if any(p.shape[:dim] + p.shape[dim + 1:] != parts[0].shape[:dim] + parts[0].shape[dim + 1:] for p in parts):
            return None  # torch raises on mismatched sizes; not read here
        dtypes = {p.dtype for p in parts}
        return InputSpec(parts[0].shape[:dim] + (sum_dims(p.shape[dim] for p in parts),)
                         + parts[0].shape[dim + 1:], dtypes.pop() if len(dtypes) == 1 else None)

    def _range(self, factory: str, node: cst.Call, floats: str = "float32") -> InputSpec | None:
        """``torch.arange(n)`` (int64 unless a bound is a float) and ``torch.linspace(a, b, n)``;
        ``floats``: the dtype of floating values (numpy's are float64)."""
        positional, keywords = self._args(node)
        if positional is None:
            return None
        values = [self.folder.fold(p) for p in positional]
        if factory == "linspace":
            steps = values[2] if len(values) > 2 else self.folder.fold(keywords.get("steps")) if "steps" in keywords else None
            if not isinstance(steps, int) or isinstance(steps, bool) or steps < 0:
                return None
            return InputSpec((steps,), self._dtype(keywords, floats))
        if not 1 <= len(values) <= 3 or not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in values):
            return None
        bounds = values if len(values) > 1 else [0] + values
        start, end, step = bounds[0], bounds[1], bounds[2] if len(bounds) > 2 else 1
        if step == 0:
            return None
        count = max(0, -(-(end - start) // step)) if all(isinstance(v, int) for v in (start, end, step)) else None
        if count is None:
            import math

            count = max(0, math.ceil((end - start) / step))
        dtype = "int64" if all(isinstance(v, int) for v in values) else floats
        return InputSpec((int(count),), self._dtype(keywords, dtype))

    def _is_numpy_generator(self, node) -> bool:
        """``np.random.default_rng(...)`` or ``np.random.RandomState(...)``, directly or through
        a name bound to it."""
        value = self.x.resolve_node(node, self.scope, before=self.order) if isinstance(node, cst.Name) else node
        return isinstance(value, cst.Call) and self.x.qualify(value.func, self.scope) in GENERATORS

    def _generator_sample(self, method: str, node: cst.Call) -> InputSpec | None:
        """``rng.normal(0, 1, size=(n, d))``: a float64 (integers: int64) array of ``size``."""
        positional, keywords = self._args(node)
        if positional is None:
            return None
        if method in ("rand", "randn"):  # RandomState.rand(d0, d1, ...): the dims themselves
            shape = self._sizes(positional) if positional and not keywords else None
            return None if shape is None else InputSpec(shape, "float64")
        size = keywords.get("size")
        # integers/randint(low, high, size), normal/uniform(loc, scale, size), random(size)
        at = 0 if method in ("random", "standard_normal", "random_sample") else 2
        if size is None and len(positional) > at:
            size = positional[at]
        if size is None:
            return None
        shape = self._sizes([size])
        dtype = "int64" if method in ("integers", "randint") else "float64"
        return None if shape is None else InputSpec(shape, self._dtype(keywords, dtype))

    def _numpy_factory(self, factory: str, node: cst.Call) -> InputSpec | None:
        positional, keywords = self._args(node)
        if positional is None:
            return None
        if factory == "random.randint":
            size_nodes = [keywords["size"]] if "size" in keywords else positional[2:3]
        elif factory in ("random.rand", "random.randn"):
            size_nodes = positional
        else:
            size_nodes = [keywords.get("size", keywords.get("shape"))] if not positional else positional[:1]
        if not size_nodes or size_nodes[0] is None:
            return None
        shape = self._sizes(size_nodes)
        return None if shape is None else InputSpec(shape, self._dtype(keywords, NUMPY_FACTORIES[factory]))

    def _from_data(self, kind: str, node: cst.Call, depth: int) -> InputSpec | None:
        positional, keywords = self._args(node)
        if positional is None or len(positional) != 1:
            return None
        data = positional[0]
        values = None
        if _written_sequence(data) and kind in ("tensor", "as_tensor", "Tensor", "FloatTensor"):
            literal = self.folder.fold(data)
            found = _literal_shape(literal)
            if found is None:
                return None
            shape, dtype = found
            if dtype == "int64" and shape:
                values = ("max", max(_flat(literal)))
        else:
            # torch.tensor([encode(s) for s in corpus]): data plain Python code computes
            literal = _as_literal(self.x.script_value(data, self.scope)) if kind in LITERAL_KINDS else UNKNOWN
            found = _literal_shape(literal)
            if found is not None:
                shape, dtype = found
                if dtype == "int64" and shape:
                    values = ("max", max(_flat(literal)))
            else:
                inner = self._operand(data, depth + 1)
                if inner is None:
                    return None
                shape, dtype = inner.shape, inner.dtype
        dtype = {"Tensor": "float32", "FloatTensor": "float32", "LongTensor": "int64"}.get(kind, dtype)
        return InputSpec(shape, self._dtype(keywords, dtype), values=values)

    def _method(self, base: InputSpec, method: str, node: cst.Call) -> InputSpec | None:
        positional, keywords = self._args(node)
        if positional is None:
            return None
        if method in KEEP_METHODS:
            return base
        if method in ("div", "mul", "add", "sub") and len(positional) == 1 and not keywords:
            number = self.folder.fold(positional[0])  # x.float().div(255.0): element-wise by a number
            if not isinstance(number, (int, float)) or isinstance(number, bool):
                return None
            integral = base.dtype in ("int64", "int32", "int16", "int8", "uint8")
            floats = method == "div" or isinstance(number, float)
            return InputSpec(base.shape, None if integral and floats else base.dtype)
        if method in DTYPE_METHODS and not positional:
            return InputSpec(base.shape, DTYPE_METHODS[method])
        if method == "to":
            dtype = base.dtype
            for arg in positional + list(keywords.values()):
                value = self.folder.fold(arg)
                if isinstance(value, DType):
                    dtype = value.name
            return InputSpec(base.shape, dtype)
        if method == "astype" and len(positional) == 1:
            text = self.folder.fold(positional[0])  # .astype("float32") or .astype(np.float32)
            name = text if isinstance(text, str) else (dotted_name(positional[0]) or "").rsplit(".", 1)[-1]
            return InputSpec(base.shape, DTYPES.get(name)) if name in DTYPES else None
        if method in ("view", "reshape") and positional:
            target = self._sizes(positional, infer=True)
            if target is not None and UNKNOWN in target:
                # x.view(x.shape[0], -1) / x.view(x.size(0), -1): sizes read off x itself
                sizes = positional[0].elements if len(positional) == 1 and isinstance(
                    positional[0], (cst.Tuple, cst.List)) else None
                items = [e.value for e in sizes] if sizes is not None else positional
                target = tuple(t if t is not UNKNOWN else _own_size(item, node.func.value, base)
                               for t, item in zip(target, items)) if len(items) == len(target) else target
            if target is None:
                return None
            reshaped = _reshaped(base, target)
            if isinstance(reshaped, str):  # torch raises here, before the model runs
                self.x.errors.append((self.x.span(node), f"the dummy input's {method}", reshaped))
                return None
            return reshaped
        if method == "permute" and positional:
            order = self._sizes(positional)
            rank = len(base.shape)
            if order is None or sorted(d % rank if isinstance(d, int) and -rank <= d < rank else -1
                                       for d in order) != list(range(rank)):
                return None
            return InputSpec(tuple(base.shape[d % rank] for d in order), base.dtype)
        if method == "transpose" and len(positional) == 2:
            a, b = (self.folder.fold(p) for p in positional)
            rank = len(base.shape)
            if not all(isinstance(d, int) and not isinstance(d, bool) and -rank <= d < rank for d in (a, b)):
                return None
            shape = list(base.shape)
            shape[a % rank], shape[b % rank] = shape[b % rank], shape[a % rank]
            return InputSpec(tuple(shape), base.dtype)
        if method == "repeat" and positional:
            factors = self._sizes(positional)
            if factors is None or len(factors) < len(base.shape):
                return None  # torch raises for fewer factors than dims; not read here
            lead = factors[:len(factors) - len(base.shape)]
            tail = factors[len(factors) - len(base.shape):]
            return InputSpec(tuple(lead) + tuple(expr.mul(s, f) for s, f in zip(base.shape, tail)), base.dtype)
        if "axis" in keywords and "dim" not in keywords:  # X.sum(axis=1): numpy's name, torch's alias
            keywords = {("dim" if k == "axis" else k): v for k, v in keywords.items()}
        spread = method in ("std", "var") and len(positional) <= 1 and \
            set(keywords) <= {"dim", "keepdim", "unbiased", "correction"}  # std(dim, unbiased, keepdim)
        if spread or (method in ("mean", "sum", "amax", "amin") and len(positional) <= 2
                      and set(keywords) <= {"dim", "keepdim"}):
            dim = keywords.get("dim", positional[0] if positional else None)
            keep = keywords.get("keepdim", positional[1] if len(positional) > 1 else None)
            d = self.folder.fold(dim) if dim is not None else UNKNOWN
            keepdim = self.folder.fold(keep) if keep is not None else False
            rank = len(base.shape)
            if not isinstance(d, int) or isinstance(d, bool) or not -rank <= d < rank or not isinstance(keepdim, bool):
                return None
            d %= rank
            dtype = base.dtype if method in ("sum", "amax", "amin") or base.dtype not in ("int64", "int32", "bool") \
                else None
            return InputSpec(base.shape[:d] + ((1,) if keepdim else ()) + base.shape[d + 1:], dtype)
        if method == "squeeze" and len(positional) <= 1:
            dims = range(len(base.shape))
            if positional:
                d = self.folder.fold(positional[0])
                if not isinstance(d, int) or isinstance(d, bool) or not -len(base.shape) <= d < len(base.shape):
                    return None
                dims = [d % len(base.shape)]
            if any(not isinstance(base.shape[d], int) for d in dims):
                return None
            return InputSpec(tuple(s for i, s in enumerate(base.shape) if not (i in dims and s == 1)), base.dtype)
        if method == "unsqueeze" and len(positional) == 1:
            dim = self.folder.fold(positional[0])
            rank = len(base.shape)
            if isinstance(dim, int) and not isinstance(dim, bool) and -rank - 1 <= dim <= rank:
                at = dim % (rank + 1)
                return InputSpec(base.shape[:at] + (1,) + base.shape[at:], base.dtype)
        return None


def _copied_items(node) -> cst.Name | None:
    """``tuple([each.data for each in h])`` / ``tuple(t.detach() for t in h)``: the name of the
    tuple whose tensors are copied item by item (their shapes kept), else None."""
    if not (isinstance(node, cst.Call) and isinstance(node.func, cst.Name) and node.func.value == "tuple"
            and len(node.args) == 1 and not node.args[0].keyword and not node.args[0].star):
        return None
    inner = node.args[0].value
    if not isinstance(inner, (cst.ListComp, cst.GeneratorExp)) or inner.for_in.inner_for_in is not None or \
            inner.for_in.ifs or not isinstance(inner.for_in.target, cst.Name) or \
            not isinstance(inner.for_in.iter, cst.Name):
        return None
    var, element = inner.for_in.target.value, inner.elt
    if isinstance(element, cst.Call) and isinstance(element.func, cst.Attribute) and not element.args and \
            element.func.attr.value in ("detach", "clone", "contiguous"):
        element = element.func.value
    elif isinstance(element, cst.Attribute) and element.attr.value == "data":
        element = element.value
    return inner.for_in.iter if isinstance(element, cst.Name) and element.value == var else None


LIKE_FACTORIES = ("randn_like", "rand_like", "zeros_like", "ones_like", "empty_like", "full_like")
SHAPE_CHANGING_IN_PLACE = "unsqueeze_|squeeze_|t_|transpose_|swapaxes_|swapdims_|resize_|resize_as_|as_strided_"
NEW_METHODS = ("new", "new_zeros", "new_ones", "new_empty")
COMPARISONS = (cst.LessThan, cst.GreaterThan, cst.LessThanEqual, cst.GreaterThanEqual, cst.Equal, cst.NotEqual)


def _target_names(target) -> list | None:
    """A comprehension's variables: ``x`` or ``a, b`` (None for ``_``-like parts kept as
    names too); None for anything else."""
    if isinstance(target, cst.Name):
        return [target.value]
    if isinstance(target, cst.Tuple) and target.elements and \
            all(isinstance(e, cst.Element) and isinstance(e.value, cst.Name) for e in target.elements):
        return [e.value.value for e in target.elements]
    return None


def _number_or_numbers(value) -> bool:
    if isinstance(value, tuple):
        return bool(value) and all(_number_or_numbers(v) for v in value)
    return isinstance(value, (int, float)) and not isinstance(value, bool)


class _Substitute(cst.CSTTransformer):
    """A comprehension's element with its variable replaced by one item's value."""

    def __init__(self, name: str, value):
        super().__init__()
        self.name, self.value = name, value

    def leave_Name(self, original, updated):
        return cst.parse_expression(repr(self.value)) if original.value == self.name else updated

    def leave_Attribute(self, original, updated):
        return updated.with_changes(attr=original.attr)  # x.name is no use of the variable

    def leave_Arg(self, original, updated):
        return updated.with_changes(keyword=original.keyword)


def _mentions(node, name: str) -> bool:
    """Does ``name`` occur in the cst ``node``?"""
    found = []

    class Finder(cst.CSTVisitor):
        def visit_Name(self, visited):
            found.append(visited.value == name)

    node.visit(Finder())
    return any(found)


def _broadcast_shapes(a: tuple, b: tuple) -> tuple | None:
    """The broadcast of two shapes of known ints; None if they do not broadcast (or are not known)."""
    if not all(isinstance(d, int) for d in a + b):
        return None
    out = []
    for i in range(1, max(len(a), len(b)) + 1):
        x, y = (a[-i] if i <= len(a) else 1), (b[-i] if i <= len(b) else 1)
        if x != y and 1 not in (x, y):
            return None
        out.append(y if x == 1 else x)
    return tuple(reversed(out))


def sum_dims(dims):
    total = 0
    for d in dims:
        total = expr.add(total, d)
    return total


def _own_size(item, receiver, base: InputSpec):
    """``x.shape[i]`` or ``x.size(i)`` where x is the tensor being viewed: base's size i."""
    if not isinstance(receiver, cst.Name):
        return UNKNOWN
    index = None
    if isinstance(item, cst.Subscript) and isinstance(item.value, cst.Attribute) and item.value.attr.value == "shape" \
            and isinstance(item.value.value, cst.Name) and item.value.value.value == receiver.value \
            and len(item.slice) == 1 and isinstance(item.slice[0].slice, cst.Index):
        index = item.slice[0].slice.value
    elif isinstance(item, cst.Call) and isinstance(item.func, cst.Attribute) and item.func.attr.value == "size" \
            and isinstance(item.func.value, cst.Name) and item.func.value.value == receiver.value and len(item.args) == 1:
        index = item.args[0].value
    if not isinstance(index, cst.Integer):
        return UNKNOWN
    i = int(index.value)
    return base.shape[i] if i < len(base.shape) else UNKNOWN


def _reshaped(base: InputSpec, target: tuple):
    """``view``/``reshape`` to ``target`` (one -1 allowed) when the sizes are known ints: the
    new input, the reason torch raises, or None."""
    total = expr.product(base.shape)
    if not isinstance(total, int) or not all(isinstance(t, int) for t in target):
        return None
    inferred = [i for i, t in enumerate(target) if t == -1]
    known = 1
    for t in target:
        if t != -1:
            known *= t
    if len(inferred) > 1:
        return None
    shape_text = "[" + ", ".join(str(t) for t in target) + "]"
    if (inferred and (known == 0 or total % known)) or (not inferred and known != total):
        return f"shape '{shape_text}' is invalid for input of size {total}"
    if inferred:
        target = tuple(total // known if t == -1 else t for t in target)
    return InputSpec(target, base.dtype)


def _indexed(base: InputSpec, node: cst.Subscript, folder, tensor_of=None) -> InputSpec | None:
    """``x[:, :1]``, ``x[0]``, ``x[:, -1, :]``: basic indexing with constant ints and slices;
    ``x[idx]``, idx a 1-d tensor of indices (``tensor_of`` reads it): one row per index."""
    shape = list(base.shape)
    out = []
    axis = 0
    if len(node.slice) == 1 and isinstance(node.slice[0].slice, cst.Index) and tensor_of is not None and shape:
        index = node.slice[0].slice.value
        if not isinstance(folder.fold(index), int):
            rows = tensor_of(index)  # X[perm[i:i + 32]]: a mini-batch picked by indices
            if rows is None or rows.dtype not in ("int64", "int32") or len(rows.shape) != 1:
                return None
            return InputSpec((rows.shape[0],) + tuple(shape[1:]), base.dtype)
    for element in node.slice:
        index = element.slice
        if axis >= len(shape) or not isinstance(shape[axis], int):
            return None
        size = shape[axis]
        if isinstance(index, cst.Index):
            value = folder.fold(index.value)
            if not isinstance(value, int) or isinstance(value, bool) or not -size <= value < size:
                return None  # a tensor index, or out of range: not read
        elif isinstance(index, cst.Slice):
            bounds = [folder.fold(b) if b is not None else None for b in (index.lower, index.upper, index.step)]
            if any(b is not None and (not isinstance(b, int) or isinstance(b, bool)) for b in bounds) or \
                    (bounds[2] is not None and bounds[2] <= 0):
                return None
            out.append(len(range(size)[slice(*bounds)]))
        else:
            return None
        axis += 1
    return InputSpec(tuple(out) + tuple(shape[axis:]), base.dtype)


def _written_sequence(node) -> bool:
    """A list or tuple written out, or repeated and joined so (``[0., 1., 2.] * 50``): data
    whose value the source gives.  Not a name: a list bound once may still be appended to."""
    if isinstance(node, (cst.List, cst.Tuple)):
        return True
    if isinstance(node, cst.BinaryOperation) and isinstance(node.operator, (cst.Multiply, cst.Add)):
        sides = (node.left, node.right)
        return any(_written_sequence(side) for side in sides) and \
            all(_written_sequence(side) or isinstance(side, cst.Integer) for side in sides)
    return False


def _flat(value):
    """The numbers of a nested tuple literal."""
    if isinstance(value, tuple):
        for item in value:
            yield from _flat(item)
    else:
        yield value


def _as_literal(value):
    """A script's data (lists and tuples of numbers) as the folder writes literals: tuples."""
    if isinstance(value, (list, tuple)):
        items = tuple(_as_literal(v) for v in value)
        return UNKNOWN if any(v is UNKNOWN for v in items) else items
    if isinstance(value, (int, float)):
        return value
    return UNKNOWN


def _literal_shape(value):
    """Shape and dtype of a nested list of numbers, as ``torch.tensor`` would make it."""
    if value is UNKNOWN:
        return None
    shape = []
    level = [value]
    while isinstance(level[0], tuple):
        size = len(level[0])
        if any(not isinstance(v, tuple) or len(v) != size for v in level):
            return None
        shape.append(size)
        level = [item for v in level for item in v]
        if len(level) > MAX_LITERAL_ITEMS or not level:
            return (tuple(shape), "float32") if not level else None
    if all(isinstance(v, bool) for v in level):
        return tuple(shape), "bool"
    if all(isinstance(v, int) for v in level):
        return tuple(shape), "int64"
    if all(isinstance(v, (int, float)) for v in level):
        return tuple(shape), "float32"
    return None
