// expect: groovy-forbidden
template('x') {
    new File('@CREATED@').text = 'pwned'
}
