// expect: groovy-forbidden
template('x') {
    new File('/tmp/zhibiao-hostile-created').text = 'pwned'
}
