// expect: groovy-resource
int down(int n) {
    return down(n + 1) + 1
}
def depth = down(0)
template('x') {
    version "${depth}"
}
