// expect: groovy-forbidden
template('x') {
    Runtime.getRuntime().exec('rm /tmp/zhibiao-hostile-sentinel')
}
