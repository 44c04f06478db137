// expect: groovy-resource groovy-timeout
Closure<Integer> down
down = { int n -> down.call(n + 1) + 1 }
template('x') {
    version "${down.call(0)}"
}
